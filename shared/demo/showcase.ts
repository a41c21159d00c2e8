/**
 * Hand-written open incidents on the first account (CareFor Enterprise, Paris) so
 * the journeys always have their material, whatever the seed and `now`:
 * a breached, an at-risk and an ok item on 24x7 clocks (scenario 1), the
 * payroll-export and report-layout incidents of equal severity ranked by the
 * client (scenario 2), and a 2 h wait on the client on business hours.
 */
import type { IncidentCategory, IncidentStatus, Severity } from '../domain/types';
import type { Incident } from '../schemas/incident';
import type { AccountCtx } from './accounts';
import { LIVE_ASSESSMENT_NOTES } from './catalog';
import { ENGINEER_NAMES } from './names';
import type { Rng } from './random';
import { HOUR, MINUTE, iso } from './random';
import type { Draft } from './timeline';

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
];

export function showcaseIncidents(ctx: AccountCtx, now: number, rng: Rng): Draft[] {
  const { account } = ctx;
  if (account.plan !== 'carefor-enterprise') return [];
  const iface = account.monitoredInterfaces[0] ?? null;
  const client = account.contacts.find((c) => /IT director|CIO/.test(c.role ?? ''))?.name;
  const reporter = client ?? account.contacts[0]?.name ?? 'Client service desk';
  return SPECS.filter((s) => s.interface !== true || iface !== null).map((s) => {
    const engineer = rng.pick(ENGINEER_NAMES);
    const r = now - s.reportedAgo * MINUTE;
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
    const raised = s.severity === 2 && s.interface !== true;
    const lastAt = Math.max(
      Date.parse(history[history.length - 1]?.at ?? iso(r)),
      raised ? r + HOUR : r,
    );
    const inc: Incident = {
      id: '',
      updatedAt: iso(lastAt),
      deletedAt: null,
      accountId: account.id,
      title: s.title,
      description: s.description,
      severity: s.severity,
      severityHistory: raised
        ? [{ at: iso(r + HOUR), by: account.sdmName ?? engineer, from: 3, to: 2 }]
        : [],
      status,
      statusHistory: history,
      category: s.category,
      interfaceId: s.interface === true ? (iface?.id ?? null) : null,
      extensionId: null,
      reportedAt: iso(r),
      respondedAt: responded,
      resolvedAt: null,
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
  });
}
