import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/calendar/zoned-time';
import { TimeLeft } from '../queue';
import type { QueueRow } from '../queue';
import { usageText, QuotaStatus } from '../quotas';
import { formatDay, formatLocalDateTime } from '../releases';
import type { TodayLists } from './today-model';
import { TodayLine, TodaySection } from './TodaySection';

/** Breached or at-risk incidents, in queue order, with their own clock's time left. */
export function IncidentSection({
  kind,
  rows,
  now,
}: {
  kind: 'breached' | 'atRisk';
  rows: QueueRow[];
  now: Date;
}) {
  const { t } = useTranslation();
  return (
    <TodaySection
      id={kind}
      title={t(`today.${kind}.title`)}
      count={rows.length}
      empty={t(`today.${kind}.empty`)}
    >
      {rows.map((row) => (
        <TodayLine
          key={row.incident.id}
          to={`/incidents/${row.incident.id}`}
          label={row.incident.title}
        >
          <span>{row.account.name}</span>
          <span>{t('queue.sev', { severity: row.incident.severity })}</span>
          <TimeLeft clock={row.shown} now={now} compact />
        </TodayLine>
      ))}
    </TodaySection>
  );
}

export function MeetingSection({ lists }: { lists: TodayLists }) {
  const { t, i18n } = useTranslation();
  return (
    <TodaySection
      id="meetings"
      title={t('today.meetings.title')}
      count={lists.meetings.length}
      empty={t('today.meetings.empty')}
    >
      {lists.meetings.map(({ meeting, account }) => (
        <TodayLine key={meeting.id} to={`/meetings/${meeting.id}`} label={meeting.title}>
          <span>{account.name}</span>
          <time dateTime={meeting.startsAt}>
            {formatLocalDateTime(meeting.startsAt, i18n.language)}
          </time>
        </TodayLine>
      ))}
    </TodaySection>
  );
}

export function ActionSection({ lists }: { lists: TodayLists }) {
  const { t, i18n } = useTranslation();
  return (
    <TodaySection
      id="actions"
      title={t('today.actions.title')}
      count={lists.actions.length}
      empty={t('today.actions.empty')}
    >
      {lists.actions.map(({ item, account, mine, overdue }) => {
        const date = formatDate(item.dueDate ?? '', i18n.language);
        const to =
          item.meetingId === null ? `/accounts/${account.id}` : `/meetings/${item.meetingId}`;
        return (
          <TodayLine key={item.id} to={to} label={item.title}>
            <span>{account.name}</span>
            {mine ? (
              <span className="badge today-yours">{t('today.actions.yours')}</span>
            ) : (
              <span>{t('today.actions.owner', { owner: item.owner })}</span>
            )}
            <span className={overdue ? 'badge badge--danger' : undefined}>
              {t(overdue ? 'today.actions.overdue' : 'today.actions.due', { date })}
            </span>
          </TodayLine>
        );
      })}
    </TodaySection>
  );
}

export function ReleaseSection({ lists }: { lists: TodayLists }) {
  const { t, i18n } = useTranslation();
  const { release, unassessed } = lists;
  return (
    <TodaySection
      id="releases"
      title={t('today.releases.title')}
      count={unassessed.length}
      empty={release === null ? t('today.releases.noRelease') : t('today.releases.empty')}
    >
      {release === null
        ? null
        : unassessed.map((account) => (
            <TodayLine
              key={account.id}
              to={`/releases/${release.id}/assess/${account.id}`}
              label={t('today.releases.line', { version: release.version, account: account.name })}
            >
              <span>{release.name}</span>
              <span>
                {t('today.releases.out', { date: formatDay(release.releaseDate, i18n.language) })}
              </span>
            </TodayLine>
          ))}
    </TodaySection>
  );
}

export function QuotaSection({ lists }: { lists: TodayLists }) {
  const { t, i18n } = useTranslation();
  return (
    <TodaySection
      id="quotas"
      title={t('today.quotas.title')}
      count={lists.quotas.length}
      empty={t('today.quotas.empty')}
    >
      {lists.quotas.map(({ accountId, accountName, line }) => (
        <TodayLine
          key={`${accountId}-${line.kind}`}
          to={`/quotas/${accountId}`}
          label={accountName}
        >
          <span>{t(`quotas.kind.${line.kind}`)}</span>
          <span>{usageText(t, line, i18n.language)}</span>
          <QuotaStatus line={line} short />
        </TodayLine>
      ))}
    </TodaySection>
  );
}

export function ReviewSection({ lists }: { lists: TodayLists }) {
  const { t, i18n } = useTranslation();
  return (
    <TodaySection
      id="reviews"
      title={t('today.reviews.title')}
      count={lists.reviews.length}
      empty={t('today.reviews.empty')}
    >
      {lists.reviews.map(({ due, account }) =>
        due.kind === 'scheduled' ? (
          <TodayLine
            key={account.id}
            to={`/reports/review/${account.id}`}
            label={`${account.name} — ${t('today.reviews.scheduled', {
              date: formatLocalDateTime(due.startsAt, i18n.language),
            })}`}
          />
        ) : (
          <TodayLine
            key={account.id}
            to={`/meetings/new?account=${account.id}&kind=activity-review`}
            label={`${account.name} — ${t(
              due.overdue ? 'today.reviews.overdue' : 'today.reviews.unscheduled',
              { date: formatDate(due.dueDate, i18n.language) },
            )}`}
          />
        ),
      )}
    </TodaySection>
  );
}
