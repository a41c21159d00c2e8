import type { Account, Meeting } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInZoneNamed } from '@shared/calendar/zoned-time';
import { Truncate } from '../ui/Truncate';

interface Props {
  meetings: readonly Meeting[];
  accounts: readonly Account[];
  caption: string;
  showAccount?: boolean;
}

/** Meetings with their date on the account's clock, kind, account and attendee count. */
export function MeetingsTable({ meetings, accounts, caption, showAccount = true }: Props) {
  const { t, i18n } = useTranslation();
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('meetings.when')}</th>
          <th scope="col">{t('meetings.meeting')}</th>
          <th scope="col">{t('meetings.kind')}</th>
          {showAccount ? <th scope="col">{t('meetings.account')}</th> : null}
          <th scope="col">{t('meetings.attendees')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => {
          const account = byId.get(m.accountId);
          return (
            <tr key={m.id}>
              <td>
                <time dateTime={m.startsAt}>
                  {formatInZoneNamed(m.startsAt, account?.timeZone ?? 'UTC', i18n.language)}
                </time>
              </td>
              <td>
                <Truncate text={m.title}>
                  <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                </Truncate>
              </td>
              <td>{t(`meetings.kinds.${m.kind}`)}</td>
              {showAccount ? (
                <td>
                  <Truncate text={account?.name ?? '—'} />
                </td>
              ) : null}
              <td>{t('meetings.attendeeCount', { count: m.attendees.length })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Upcoming (soonest first) and past (latest first) meetings at `now`. */
export function splitMeetings(meetings: readonly Meeting[], now: Date) {
  const t = now.getTime();
  const upcoming = meetings
    .filter((m) => Date.parse(m.endsAt ?? m.startsAt) >= t)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings
    .filter((m) => Date.parse(m.endsAt ?? m.startsAt) < t)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}
