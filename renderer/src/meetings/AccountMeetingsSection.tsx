import type { Account } from '@shared/schemas/index';
import { FileStack, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionsTable } from '../actions';
import { useAccountRecords } from '../db/queries';
import { MeetingsTable, splitMeetings } from './MeetingsTable';
import './meetings.css';

const RECENT = 5;

/** For the account page: upcoming and recent meetings, open action items, "New meeting". */
export function AccountMeetingsSection({ account }: { account: Account }) {
  const { t } = useTranslation();
  const meetings = useAccountRecords('meetings', account.id);
  const actions = useAccountRecords('actionItems', account.id);
  if (meetings === undefined || actions === undefined) return null;
  const { upcoming, past } = splitMeetings(meetings, new Date());
  const open = actions.filter((a) => a.status === 'open');
  const headingId = `meetings-${account.id}`;
  return (
    <section className="card meeting-section" aria-labelledby={headingId}>
      <div className="meeting-section__header">
        <h2 id={headingId}>{t('meetings.section.title')}</h2>
        <div className="meeting-section__buttons">
          <Link
            className="button"
            to={`/meetings/new?account=${account.id}&kind=steering-committee`}
          >
            <FileStack size={16} aria-hidden="true" /> {t('meetings.section.prepareSteering')}
          </Link>
          <Link className="button primary" to={`/meetings/new?account=${account.id}`}>
            <Plus size={16} aria-hidden="true" /> {t('meetings.newMeeting')}
          </Link>
        </div>
      </div>
      <h3>{t('meetings.section.openActions')}</h3>
      {open.length === 0 ? (
        <p className="muted">{t('meetings.section.noOpenActions')}</p>
      ) : (
        <ActionsTable items={open} accounts={[account]} meetings={meetings} showAccount={false} />
      )}
      <p>
        <Link to={`/actions?account=${account.id}&status=all`}>
          {t('meetings.section.allActions')}
        </Link>
      </p>
      <h3>{t('meetings.section.upcoming')}</h3>
      {upcoming.length === 0 ? (
        <p className="muted">{t('meetings.noneUpcoming')}</p>
      ) : (
        <MeetingsTable
          meetings={upcoming}
          accounts={[account]}
          caption={t('meetings.section.upcoming')}
          showAccount={false}
        />
      )}
      <h3>{t('meetings.section.recent')}</h3>
      {past.length === 0 ? (
        <p className="muted">{t('meetings.nonePast')}</p>
      ) : (
        <MeetingsTable
          meetings={past.slice(0, RECENT)}
          accounts={[account]}
          caption={t('meetings.section.recent')}
          showAccount={false}
        />
      )}
    </section>
  );
}
