import type { Meeting } from '@shared/schemas/index';
import { Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ActionsTable } from '../actions';
import { useMeetingActionItems } from '../db/meetings';
import { useRecord } from '../db/queries';
import { ConflictNotice, ListedConflicts } from '../sync';
import { Page } from '../ui/Page';
import { deleteWithUndo } from '../trash';
import { Markdown } from './Markdown';
import { formatInZoneNamed } from '@shared/calendar/zoned-time';
import './meetings.css';

function Attendees({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  if (meeting.attendees.length === 0) return <p className="muted">{t('meetings.noAttendees')}</p>;
  return (
    <div className="meeting-detail__sides">
      {(['vendor', 'client'] as const).map((side) => (
        <div key={side}>
          <h3>{t(side === 'vendor' ? 'meetings.vendorSide' : 'meetings.clientSide')}</h3>
          <ul>
            {meeting.attendees
              .filter((a) => a.side === side)
              .map((a, i) => (
                <li key={`${a.name}-${i}`}>{a.name}</li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function MeetingDetailPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { meetingId } = useParams();
  const meeting = useRecord('meetings', meetingId);
  const account = useRecord('accounts', meeting?.accountId);
  const actions = useMeetingActionItems(meetingId);
  if (meeting === undefined || (meeting && account === undefined)) {
    return (
      <Page title={t('meetings.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  }
  if (meeting === null) {
    return (
      <Page title={t('meetings.title')}>
        <p>{t('meetings.notFound')}</p>
        <Link to="/meetings">{t('meetings.backToMeetings')}</Link>
      </Page>
    );
  }
  const zone = account?.timeZone ?? 'UTC';
  const lang = i18n.language;
  return (
    <Page
      title={meeting.title}
      actions={
        <>
          <Link className="button" to={`/meetings/${meeting.id}/edit`}>
            <Pencil size={16} aria-hidden="true" /> {t('meetings.edit')}
          </Link>
          <button
            type="button"
            onClick={() => {
              void deleteWithUndo('meetings', meeting.id, meeting.title);
              void navigate('/meetings');
            }}
          >
            <Trash2 size={16} aria-hidden="true" /> {t('meetings.delete')}
          </button>
        </>
      }
    >
      <ConflictNotice table="meetings" recordId={meeting.id} />
      <p className="meeting-detail__meta">
        <span className="badge badge--muted">{t(`meetings.kinds.${meeting.kind}`)}</span>{' '}
        {account ? <Link to={`/accounts/${account.id}`}>{account.name}</Link> : null} ·{' '}
        <time dateTime={meeting.startsAt}>{formatInZoneNamed(meeting.startsAt, zone, lang)}</time>
        {meeting.endsAt
          ? ` ${t('meetings.until', { time: formatInZoneNamed(meeting.endsAt, zone, lang) })}`
          : null}
      </p>
      {meeting.topic ? <p>{t('meetings.topicLine', { topic: meeting.topic })}</p> : null}
      <section className="card meeting-detail__section" aria-labelledby="att-h">
        <h2 id="att-h">{t('meetings.attendees')}</h2>
        <Attendees meeting={meeting} />
      </section>
      <section className="card meeting-detail__section" aria-labelledby="agenda-h">
        <h2 id="agenda-h">{t('meetings.agenda')}</h2>
        {meeting.agenda.length === 0 ? (
          <p className="muted">{t('meetings.noAgenda')}</p>
        ) : (
          <ol>
            {meeting.agenda.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        )}
      </section>
      <section className="card meeting-detail__section" aria-labelledby="notes-h">
        <h2 id="notes-h">{t('meetings.notes')}</h2>
        {meeting.notes.trim() === '' ? (
          <p className="muted">{t('meetings.noNotes')}</p>
        ) : (
          <Markdown source={meeting.notes} />
        )}
      </section>
      <section className="card meeting-detail__section" aria-labelledby="dec-h">
        <h2 id="dec-h">{t('meetings.decisions')}</h2>
        {meeting.decisions.length === 0 ? (
          <p className="muted">{t('meetings.noDecisions')}</p>
        ) : (
          <ul>
            {meeting.decisions.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="card meeting-detail__section" aria-labelledby="act-h">
        <h2 id="act-h">{t('meetings.actionItems')}</h2>
        <ListedConflicts
          headingLevel={3}
          records={(actions ?? []).map((a) => ({ table: 'actionItems', id: a.id, label: a.title }))}
        />
        {actions === undefined ? null : actions.length === 0 ? (
          <p className="muted">{t('meetings.noActions')}</p>
        ) : (
          <ActionsTable items={actions} accounts={account ? [account] : []} showAccount={false} />
        )}
      </section>
    </Page>
  );
}
