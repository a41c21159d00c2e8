import { MEETING_KINDS } from '@shared/schemas/index';
import { CalendarClock, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useRecords } from '../db/queries';
import { EmptyState } from '../ui/EmptyState';
import { SelectField } from '../ui/Field';
import { Page } from '../ui/Page';
import { MeetingsTable, splitMeetings } from './MeetingsTable';
import './meetings.css';

/** /meetings: upcoming and past meetings, filtered by account and kind (kept in the URL). */
export function MeetingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const meetings = useRecords('meetings');
  const accounts = useRecords('accounts');
  const accountId = params.get('account') ?? '';
  const kind = params.get('kind') ?? '';
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const newLink = (
    <Link
      className="button primary"
      to={accountId ? `/meetings/new?account=${accountId}` : '/meetings/new'}
    >
      <Plus size={16} aria-hidden="true" /> {t('meetings.newMeeting')}
    </Link>
  );
  if (meetings === undefined || accounts === undefined) {
    return (
      <Page title={t('meetings.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  }
  if (meetings.length === 0) {
    return (
      <Page title={t('meetings.title')} actions={accounts.length > 0 ? newLink : undefined}>
        <EmptyState
          icon={CalendarClock}
          title={t('meetings.emptyTitle')}
          body={accounts.length > 0 ? t('meetings.emptyBody') : t('meetings.noAccounts')}
        >
          {accounts.length > 0 ? newLink : null}
        </EmptyState>
      </Page>
    );
  }
  const shown = meetings.filter(
    (m) => (accountId === '' || m.accountId === accountId) && (kind === '' || m.kind === kind),
  );
  const { upcoming, past } = splitMeetings(shown, new Date());
  return (
    <Page title={t('meetings.title')} actions={newLink}>
      <div className="filters" role="group" aria-label={t('meetings.filters')}>
        <SelectField
          label={t('meetings.account')}
          value={accountId}
          onChange={(e) => set('account', e.target.value)}
          options={[
            { value: '', label: t('meetings.anyAccount') },
            ...[...accounts]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          label={t('meetings.kind')}
          value={kind}
          onChange={(e) => set('kind', e.target.value)}
          options={[
            { value: '', label: t('meetings.anyKind') },
            ...MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) })),
          ]}
        />
      </div>
      {shown.length === 0 ? (
        <p>
          {t('meetings.noMatch')}{' '}
          <button type="button" onClick={() => setParams({}, { replace: true })}>
            {t('meetings.clearFilters')}
          </button>
        </p>
      ) : (
        <>
          <h2 className="section-heading">{t('meetings.upcoming')}</h2>
          {upcoming.length === 0 ? (
            <p className="muted">{t('meetings.noneUpcoming')}</p>
          ) : (
            <MeetingsTable
              meetings={upcoming}
              accounts={accounts}
              caption={t('meetings.upcoming')}
            />
          )}
          <h2 className="section-heading">{t('meetings.past')}</h2>
          {past.length === 0 ? (
            <p className="muted">{t('meetings.nonePast')}</p>
          ) : (
            <MeetingsTable meetings={past} accounts={accounts} caption={t('meetings.past')} />
          )}
        </>
      )}
    </Page>
  );
}
