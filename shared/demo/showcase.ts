/**
 * Hand-written open incidents on the first account (CareFor Enterprise, Paris) so
 * the journeys always have their material, whatever the seed and `now`:
 * a breached, an at-risk and an ok item on 24x7 clocks (scenario 1), the
 * payroll-export and report-layout incidents of equal severity ranked by the
 * client (scenario 2), a 2 h wait on the client on business hours, severity changes (a
 * Sev1 lowered to 3 after breaching its 1 h response, a Sev3 raised to 1), and an incident
 * reported during the weekend special event (see weekend.ts).
 */
import type { IncidentCategory, IncidentStatus, Severity } from '../domain/types';
import type { Account } from '../schemas/account';
import type { Incident } from '../schemas/incident';
import type { AccountCtx } from './accounts';
import { LIVE_ASSESSMENT_NOTES } from './catalog';
import { ENGINEER_NAMES } from './names';
import type { Rng } from './random';
import { HOUR, MINUTE, iso } from './random';
import type { Draft } from './timeline';
import { showcaseWeekend } from './weekend';

interface Spec {
  title: string;
  severity: Severity;
  category: IncidentCategory;
  interface?: boolean;
  /** Minutes before now. */
  reportedAgo: number;
  /** [minutes after report, new status, by client?] */
  steps: Array<[number, IncidentStatus, boolean]>;
  live?: boolean;
  /** The severity it was reported with and when it changed (minutes after report). */
  changed?: { from: Severity; after: number };
  resolvedAfter?: number;
  rankScore: number;
  description: string;
}

const SPECS: readonly Spec[] = [
  {
    title: 'Payroll: payslip calculation stops with an error',
    severity: 1,
    category: 'application',
    reportedAgo: 5 * 60,
    steps: [[15, 'in-progress', false]],
    live: true,
    rankScore: 0.5,
    description: 'Monthly payroll run blocked for all legal entities. Payroll closes on Friday.',
  },
  {
    title: 'Time & Attendance: clock-in rejected for night shift',
    severity: 1,
    category: 'application',
    reportedAgo: 200,
    steps: [[12, 'in-progress', false]],
    rankScore: 1.2,
    description: 'Night-shift staff in the warehouses cannot clock in since 22:00.',
  },
  {
    title: 'Board report: layout broken in PDF export',
    severity: 2,
    category: 'application',
    reportedAgo: 26 * 60,
    steps: [[35, 'in-progress', false]],
    changed: { from: 3, after: 60 },
    rankScore: 2.2,
    description: 'Monthly HR report columns overlap in the PDF sent to the management board.',
  },
  {
    title: 'Payroll export to SAP: nightly run failed (timeout)',
    severity: 2,
    category: 'interface',
    interface: true,
    reportedAgo: 40,
    steps: [],
    rankScore: 2.5,
    description: 'Nightly export did not reach SAP; the finance team cannot post payroll journals.',
  },
  {
    title: 'Expenses: approval stuck in pending state',
    severity: 3,
    category: 'application',
    reportedAgo: 30 * 60,
    steps: [
      [40, 'in-progress', false],
      [180, 'waiting-on-client', false],
      [300, 'in-progress', true],
    ],
    rankScore: 3.3,
    description: 'Expense reports of one department never reach the approver. Logs requested.',
  },
  {
    title: 'Single sign-on: users sent to an error page after login',
    severity: 3,
    category: 'application',
    reportedAgo: 7 * 60,
    // First response 95 min after the report: the Sev1 1 h response was breached, and stays so.
    steps: [[95, 'in-progress', false]],
    changed: { from: 1, after: 150 },
    rankScore: 3.6,
    description:
      'Nobody could log in this morning. Lowered to severity 3 once direct login was confirmed as a workaround.',
  },
  {
    title: 'Recruiting: candidate portal rejects every application',
    severity: 1,
    category: 'application',
    reportedAgo: 4 * 60,
    steps: [[30, 'in-progress', false]],
    changed: { from: 3, after: 90 },
    // The client ranks it after the board report: recruiting can wait a day, the board cannot.
    rankScore: 2.3,
    description:
      'Reported as one form failing; raised to severity 1 when the whole portal turned out to be down during a hiring campaign.',
  },
];

/** Reported during the weekend special event; first answered and resolved within it. */
const WEEKEND: Spec & { localHoursAfterStart: number } = {
  title: 'Payroll migration: converted leave balances off by one day',
  severity: 3,
  category: 'application',
  reportedAgo: 0,
  localHoursAfterStart: 16.5, // Saturday 10:30
  steps: [
    [40, 'in-progress', false],
    [28 * 60, 'resolved', false],
  ],
  rankScore: 3,
  description: 'Found during the go-live weekend checks: leave balances converted one day short.',
};

/** The first account carries the showcase when it is on CareFor Enterprise. */
export function isShowcaseAccount(account: Account): boolean {
  return account.plan === 'carefor-enterprise';
}

export function showcaseIncidents(ctx: AccountCtx, now: number, rng: Rng): Draft[] {
  const { account } = ctx;
  if (!isShowcaseAccount(account)) return [];
  const iface = account.monitoredInterfaces[0] ?? null;
  const client = account.contacts.find((c) => /IT director|CIO/.test(c.role ?? ''))?.name;
  const reporter = client ?? account.contacts[0]?.name ?? 'Client service desk';
  const draft = (s: Spec, r: number): Draft => {
    const engineer = rng.pick(ENGINEER_NAMES);
    const history: Incident['statusHistory'] = [
      { at: iso(r), by: reporter, from: null, to: 'new' },
    ];
    let status: IncidentStatus = 'new';
    for (const [after, to, byClient] of s.steps) {
      history.push({
        at: iso(r + after * MINUTE),
        by: byClient ? reporter : engineer,
        from: status,
        to,
      });
      status = to;
    }
    const responded = s.steps[0] === undefined ? null : iso(r + s.steps[0][0] * MINUTE);
    const resolved = history.find((h) => h.to === 'resolved')?.at ?? null;
    const change = s.changed;
    const lastAt = Math.max(
      Date.parse(history[history.length - 1]?.at ?? iso(r)),
      change === undefined ? r : r + change.after * MINUTE,
    );
    const inc: Incident = {
      id: '',
      updatedAt: iso(lastAt),
      deletedAt: null,
      accountId: account.id,
      title: s.title,
      description: s.description,
      severity: s.severity,
      severityHistory:
        change === undefined
          ? []
          : [
              {
                at: iso(r + change.after * MINUTE),
                by: account.sdmName ?? engineer,
                from: change.from,
                to: s.severity,
              },
            ],
      status,
      statusHistory: history,
      category: s.category,
      interfaceId: s.interface === true ? (iface?.id ?? null) : null,
      extensionId: null,
      reportedAt: iso(r),
      respondedAt: responded,
      resolvedAt: resolved,
      workaroundAt: null,
      liveAssessment:
        s.live === true && responded !== null
          ? {
              at: responded,
              by: account.sdmName ?? engineer,
              channel: 'screen-share',
              notes: LIVE_ASSESSMENT_NOTES[3],
            }
          : null,
      rankKey: null,
      owner: status === 'new' ? null : engineer,
    };
    return { inc, rankScore: s.rankScore };
  };
  const drafts = SPECS.filter((s) => s.interface !== true || iface !== null).map((s) =>
    draft(s, now - s.reportedAgo * MINUTE),
  );
  const weekend = showcaseWeekend(account.timeZone, now);
  drafts.push(draft(WEEKEND, weekend.start + WEEKEND.localHoursAfterStart * HOUR));
  return drafts;
}
