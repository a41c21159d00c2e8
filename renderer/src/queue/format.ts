import type { TFunction } from 'i18next';
import { dateTimeFormat } from '@shared/intl';
import type { Lang } from '@shared/domain/types';
import { explainPriority } from '@shared/queue/index';
import { formatSlaTime } from '../ui/duration';
import type { ClockSummary, QueueRow } from './queue-model';

export type Tone = 'danger' | 'warning' | 'success' | 'muted';

export interface TimeLeftView {
  text: string;
  tone: Tone;
  /** Which clock, due or breached when, on which calendar. */
  detail: string | null;
}

export function uiLang(language: string | undefined): Lang {
  return language?.startsWith('fr') ? 'fr' : 'en';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Date and time in the account's zone, e.g. "Mon 2 Mar, 14:00 CET". Called per row on every
 * tick of the queue: a map by language and zone is cheaper than the shared cache's key.
 */
export function formatInstant(at: Date, lang: Lang, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = dateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    formatters.set(key, f);
  }
  return f.format(at);
}

/**
 * Working time overdue on the clock's calendar: the same figure as the incident page's timer
 * ("46 working hours"), not the days since the breach (the detail line dates the breach).
 */
function overdue(c: ClockSummary, lang: Lang): string {
  return formatSlaTime(c.timeLeftMs ?? 0, c.coverage, lang);
}

export function timeLeftView(c: ClockSummary, now: Date, t: TFunction, lang: Lang): TimeLeftView {
  if (c.timeLeftMs === null || c.clock === null) {
    return { text: t('queue.noClock'), tone: 'muted', detail: null };
  }
  const clock = t(`queue.clock.${c.clock}`);
  const coverage = t(`queue.coverage.${c.coverage}`);
  if (c.state === 'breached') {
    return {
      text: t('queue.breachedFor', { duration: overdue(c, lang) }),
      tone: 'danger',
      detail: c.breachedSince
        ? t('queue.breachedSince', {
            clock,
            coverage,
            date: formatInstant(c.breachedSince, lang, c.timeZone),
          })
        : null,
    };
  }
  const duration = formatSlaTime(c.timeLeftMs, c.coverage, lang);
  return {
    text:
      c.state === 'at-risk'
        ? t('queue.atRiskLeft', { duration })
        : t('queue.timeLeft', { duration }),
    tone: c.state === 'at-risk' ? 'warning' : 'success',
    detail: c.dueAt
      ? t('queue.dueAt', { clock, coverage, date: formatInstant(c.dueAt, lang, c.timeZone) })
      : null,
  };
}

/** The shared explanation, compact and in the UI language: "Sev 1 · Enterprise · breached, 2 working hours overdue". */
export function compactReasons(row: QueueRow, now: Date, t: TFunction, lang: Lang): string[] {
  const out: string[] = [];
  for (const r of explainPriority(row.p, now)) {
    switch (r.code) {
      case 'severity':
        out.push(t('queue.reason.severity', { severity: row.incident.severity }));
        break;
      case 'plan':
        out.push(t(`queue.planShort.${row.account.plan}`));
        break;
      case 'breached':
        // An inherited deadline orders the row; it is not this incident's breach.
        if (row.inheritedFromTitle === null) {
          out.push(t('queue.reason.breached', { duration: overdue(row.shown, lang) }));
        }
        break;
      case 'time-left':
        if (row.inheritedFromTitle !== null) break;
        out.push(
          t('queue.reason.timeLeft', {
            duration: formatSlaTime(row.p.effectiveTimeLeftMs, row.shown.coverage, lang),
          }),
        );
        break;
      case 'no-clock':
        out.push(t('queue.reason.noClock'));
        break;
      case 'inherited':
        out.push(t('queue.reason.inherited', { title: row.inheritedFromTitle ?? '' }));
        break;
      case 'age':
        break; // shown only when nothing else separates two rows: too noisy in a compact line
    }
  }
  if (row.shown.breachedEarlier) out.push(t('queue.reason.breachedEarlier'));
  if (row.p.clientRank !== null) {
    out.push(t('queue.reason.clientRank', { rank: row.p.clientRank + 1 }));
  }
  return out;
}
