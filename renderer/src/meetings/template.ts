import { isOpenStatus } from '@shared/incidents/index';
import { entitlementsFor } from '@shared/plans/index';
import { quotaLine, type QuotaLine, type QuotaUsage } from '@shared/quota/index';
import { sortByRank } from '@shared/ranking/index';
import type {
  Account,
  Incident,
  Release,
  ReleaseAssessment,
  SpecialEvent,
  WorkOrder,
} from '@shared/schemas/index';
import i18next from 'i18next';
import { dateTimeFormat } from '@shared/intl';

export type QuotaKind = 'extensionIncidents' | 'interfaces' | 'specialEvents';

export interface TemplateQuota extends QuotaUsage {
  kind: QuotaKind;
  /** Period label ('2026-03', '2025-06-01 – 2026-05-31'), null when not periodic. */
  period: string | null;
  /** Overage no signed or requested work order covers (what still needs one). */
  uncovered: number;
  /** Overage covered by a requested, not yet signed, work order. */
  requested: number;
}

export interface SteeringTemplate {
  openIncidents: Array<Pick<Incident, 'id' | 'title' | 'severity' | 'status'>>;
  quotas: TemplateQuota[];
  pendingAssessments: Array<{
    id: string;
    release: string;
    readiness: ReleaseAssessment['readiness'];
    impact: ReleaseAssessment['impact'];
  }>;
}

export interface TemplateInput {
  account: Account;
  /** The account's live incidents (all statuses: quotas count closed ones too). */
  incidents: readonly Incident[];
  specialEvents: readonly SpecialEvent[];
  /** The account's work orders: an overage they cover needs no other. */
  workOrders: readonly WorkOrder[];
  releaseAssessments: readonly ReleaseAssessment[];
  releases: readonly Release[];
  now: Date;
}

const asTemplate = (kind: QuotaKind, l: QuotaLine): TemplateQuota => ({
  used: l.used,
  included: l.included,
  remaining: l.remaining,
  overage: l.overage,
  needsWorkOrder: l.needsWorkOrder,
  kind,
  period: kind === 'interfaces' ? null : (l.period?.label ?? null),
  uncovered: l.coverage.uncovered,
  requested: l.coverage.requested,
});

/** Quotas the plan limits, plus any use of a limit the plan does not include (work order). */
function quotasOf(input: TemplateInput): TemplateQuota[] {
  const { account, now } = input;
  const ent = entitlementsFor(account.plan);
  const records = {
    incidents: input.incidents,
    specialEvents: input.specialEvents,
    timeEntries: [],
    workOrders: input.workOrders,
  };
  const out: TemplateQuota[] = [];
  if (ent.extensionIncidentsPerMonth > 0) {
    const line = quotaLine('extension-incidents', account, records, now);
    out.push(asTemplate('extensionIncidents', line));
  }
  const interfaces = quotaLine('interfaces', account, records, now);
  if (interfaces.included > 0 || interfaces.used > 0) {
    out.push(asTemplate('interfaces', interfaces));
  }
  try {
    const events = quotaLine('special-events', account, records, now);
    if (events.included > 0 || events.used > 0) out.push(asTemplate('specialEvents', events));
  } catch (error) {
    // Before the subscription starts there is no annual period to count in.
    if (!(error instanceof RangeError)) throw error;
  }
  return out;
}

/**
 * What a steering committee reviews, from the account's records at `now` (pure): open
 * incidents in the client's ranking, quota use in the current periods, and release
 * assessments not yet 'ready' (oldest release first).
 */
export function buildSteeringTemplate(input: TemplateInput): SteeringTemplate {
  const accountId = input.account.id;
  const open = input.incidents.filter(
    (i) => i.accountId === accountId && i.deletedAt === null && isOpenStatus(i.status),
  );
  const releases = new Map(input.releases.map((r) => [r.id, r]));
  const pending = input.releaseAssessments
    .filter((a) => a.accountId === accountId && a.deletedAt === null && a.readiness !== 'ready')
    .map((a) => ({ a, r: releases.get(a.releaseId) }))
    .sort((x, y) => (x.r?.releaseDate ?? '').localeCompare(y.r?.releaseDate ?? ''));
  return {
    openIncidents: sortByRank(open).map(({ id, title, severity, status }) => ({
      id,
      title,
      severity,
      status,
    })),
    quotas: quotasOf(input),
    pendingAssessments: pending.map(({ a, r }) => ({
      id: a.id,
      release: r ? `${r.name} (${r.version})` : a.releaseId,
      readiness: a.readiness,
      impact: a.impact,
    })),
  };
}

/** Keeps user text literal in Markdown (no accidental emphasis or links). */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export interface MeetingDraft {
  title: string;
  agenda: string[];
  notes: string;
}

/** The template worded in `lang`: a title, agenda lines and Markdown notes to edit. */
export function draftFromTemplate(
  template: SteeringTemplate,
  lang: string,
  now: Date,
  timeZone: string,
): MeetingDraft {
  const t = i18next.getFixedT(lang, undefined, 'meetings.form.template');
  const month = dateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone }).format(now);
  const incidents = template.openIncidents.map(
    (i, n) =>
      `${n + 1}. ${t('incidentLine', { severity: i.severity, title: escapeMarkdown(i.title), status: t(`status.${i.status}`) })}`,
  );
  const quotas = template.quotas.map((q) => {
    const counts = { label: t(`quota.${q.kind}`), used: q.used, included: q.included };
    const parts: string[] = [
      q.period === null
        ? t('quotaLineNoPeriod', counts)
        : t('quotaLine', { ...counts, period: q.period }),
    ];
    if (q.uncovered > 0) parts.push(t('workOrder', { count: q.uncovered }));
    else if (q.requested > 0) parts.push(t('workOrderRequested', { count: q.requested }));
    else if (q.overage > 0) parts.push(t('workOrderCovered', { count: q.overage }));
    else parts.push(t('remaining', { count: q.remaining }));
    return `- ${parts.join(' — ')}`;
  });
  const releases = template.pendingAssessments.map(
    (a) =>
      `- ${t('releaseLine', { release: escapeMarkdown(a.release), readiness: t(`readiness.${a.readiness}`), impact: t(`impact.${a.impact}`) })}`,
  );
  const section = (heading: string, lines: string[], none: string) =>
    `## ${heading}\n\n${lines.length > 0 ? lines.join('\n') : `_${none}_`}\n`;
  const notes = [
    section(t('incidentsHeading'), incidents, t('noIncidents')),
    section(t('quotasHeading'), quotas, t('noQuotas')),
    section(t('releasesHeading'), releases, t('noReleases')),
    `## ${t('decisionsHeading')}\n\n- \n`,
  ].join('\n');
  return {
    title: t('meetingTitle', { month }),
    agenda: [
      t('agendaIncidents'),
      t('agendaQuotas'),
      t('agendaReleases'),
      t('agendaActions'),
      t('agendaNext'),
    ],
    notes,
  };
}
