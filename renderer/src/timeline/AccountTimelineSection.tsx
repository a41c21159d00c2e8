import type { Account } from '@shared/schemas/index';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTimelineSources } from '../db/timeline';
import { formatDate, formatInZoneNamed } from '@shared/calendar/zoned-time';
import '../meetings/meetings.css';
import {
  buildTimeline,
  type TimelineEntry,
  type TimelineKind,
} from '@shared/timeline/build-timeline';
import { Truncate } from '../ui/Truncate';

const GROUPS = {
  meetings: ['meeting', 'decision'],
  incidents: ['incident-opened', 'incident-closed', 'severity-change'],
  releases: ['release-assessment'],
  events: ['special-event'],
  workOrders: ['work-order'],
} as const satisfies Record<string, readonly TimelineKind[]>;
type Group = keyof typeof GROUPS;
const GROUP_IDS = Object.keys(GROUPS) as Group[];
const PAGE = 30;

function Detail({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const f = entry.facts;
  const s = (k: string) => String(f[k] ?? '');
  switch (entry.kind) {
    case 'meeting':
      return <>{t(`meetings.kinds.${s('meetingKind') as 'other'}`)}</>;
    case 'decision':
      return <>{t('meetings.timeline.detail.decision', { meeting: s('meeting') })}</>;
    case 'incident-opened':
      return <>{t('meetings.timeline.detail.opened', { severity: s('severity') })}</>;
    case 'incident-closed':
      return (
        <>
          {t('meetings.timeline.detail.closed', {
            status: t(`meetings.form.template.status.${s('status') as 'closed'}`),
          })}
        </>
      );
    case 'severity-change':
      return (
        <>{t('meetings.timeline.detail.severity', { from: s('from'), to: s('to'), by: s('by') })}</>
      );
    case 'release-assessment':
      return (
        <>
          {t('meetings.timeline.detail.assessment', {
            impact: t(`meetings.form.template.impact.${s('impact') as 'none'}`),
            readiness: t(`meetings.form.template.readiness.${s('readiness') as 'ready'}`),
          })}
        </>
      );
    case 'work-order':
      return (
        <>
          {t('meetings.timeline.detail.workOrder', {
            status: t(`meetings.timeline.workOrderStatus.${s('status') as 'draft'}`),
            quantity: s('quantity'),
          })}
        </>
      );
    case 'special-event':
      return <>{t(`meetings.timeline.eventKind.${s('eventKind') as 'other'}`)}</>;
  }
}

/** For the account page: the relationship's history, newest first, filterable by kind. */
export function AccountTimelineSection({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const sources = useTimelineSources(account.id);
  const [groups, setGroups] = useState<ReadonlySet<Group>>(new Set(GROUP_IDS));
  const [limit, setLimit] = useState(PAGE);
  const entries = useMemo(() => {
    if (!sources) return [];
    const kinds = new Set<TimelineKind>([...groups].flatMap((g) => GROUPS[g]));
    return buildTimeline(sources, kinds);
  }, [sources, groups]);
  if (sources === undefined) return null;
  const headingId = `timeline-${account.id}`;
  const toggle = (g: Group, on: boolean) =>
    setGroups((prev) => {
      const next = new Set(prev);
      if (on) next.add(g);
      else next.delete(g);
      return next;
    });
  return (
    <section className="card meeting-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('meetings.timeline.title')}</h2>
      <fieldset className="timeline__filters">
        <legend>{t('meetings.timeline.filterLabel')}</legend>
        {GROUP_IDS.map((g) => (
          <label key={g}>
            <input
              type="checkbox"
              checked={groups.has(g)}
              onChange={(e) => toggle(g, e.target.checked)}
            />{' '}
            {t(`meetings.timeline.group.${g}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint" role="status">
        {t('meetings.timeline.count', { count: entries.length })}
      </p>
      {entries.length === 0 ? (
        <p className="muted">
          {groups.size === GROUP_IDS.length
            ? t('meetings.timeline.empty')
            : t('meetings.timeline.noMatch')}
        </p>
      ) : (
        <ol className="timeline">
          {entries.slice(0, limit).map((e) => (
            <li key={e.key} className={`timeline__entry timeline__entry--${e.kind}`}>
              <time dateTime={e.at} className="timeline__time">
                {e.hasTime
                  ? formatInZoneNamed(e.at, account.timeZone, i18n.language)
                  : formatDate(e.at.slice(0, 10), i18n.language)}
              </time>
              <span className="timeline__kind">{t(`meetings.timeline.kind.${e.kind}`)}</span>
              <span className="timeline__title">
                <Truncate text={e.title}>
                  {e.href ? <Link to={e.href}>{e.title}</Link> : e.title}
                </Truncate>
              </span>
              <span className="timeline__detail">
                <Detail entry={e} />
              </span>
            </li>
          ))}
        </ol>
      )}
      {entries.length > limit ? (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('meetings.timeline.showMore', { count: Math.min(PAGE, entries.length - limit) })}
        </button>
      ) : null}
    </section>
  );
}
