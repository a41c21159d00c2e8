/** Sustainability readiness assessments of CareFor accounts (gaps, options, post-go-live plan). */
import type { ReadinessAssessment } from '../schemas/readiness';
import type { AccountCtx } from './accounts';
import type { Rng } from './random';
import { DAY, iso, seqId } from './random';

const FEATURE_GAPS = [
  'Retroactive pay calculation not used yet',
  'Manager self-service for absences not rolled out',
  'No automated interface monitoring alerts on the client side',
  'Analytics dashboards built outside the product',
  'Approval workflows still handled by e-mail in two entities',
  'Mobile expense capture not activated',
] as const;

const SKILL_GAPS = [
  'Only one key user trained on payroll configuration',
  'Integration team new to the SFTP monitoring tools',
  'Report writer skills limited to the HRIS analyst',
  'No backup administrator for security roles',
  'Extension flows maintained by a departed consultant',
] as const;

const OPTIONS = [
  'Key-user training path (three sessions) through the SDM',
  'Interactive briefing on approval workflows',
  'Professional-services order to take over extension maintenance',
  'Managed-services option for application management',
  'Senior expert review of the payroll configuration',
] as const;

const PLAN_ITEMS: ReadonlyArray<readonly [string, 'vendor' | 'client']> = [
  ['Train a second payroll key user', 'client'],
  ['Activate manager self-service for absences', 'client'],
  ['Document the interface error-handling runbook', 'client'],
  ['Deliver the approval-workflow briefing', 'vendor'],
  ['Review extension code before the next release', 'vendor'],
  ['Propose a managed-services quote', 'vendor'],
];

export function generateReadinessAssessments(
  rng: Rng,
  accounts: readonly AccountCtx[],
  opts: { now: number; historyStart: number },
): ReadinessAssessment[] {
  const { now } = opts;
  const out: ReadinessAssessment[] = [];
  for (const { account } of accounts) {
    if (!account.plan.startsWith('carefor')) continue;
    const from = Math.max(opts.historyStart, Date.parse(`${account.subscriptionStart}T00:00:00Z`));
    const span = now - DAY - from;
    if (span <= 0) continue;
    const n = rng.int(span > 365 * DAY ? 1 : 0, 2);
    const dates = Array.from({ length: n }, () => from + span * rng.next()).sort((a, b) => a - b);
    for (const at of dates) {
      const id = seqId('rda', out.length + 1, 5);
      const vendor = account.sdmName ?? account.csmName;
      const client = account.contacts[0]?.name ?? 'Client project lead';
      out.push({
        id,
        updatedAt: iso(Math.min(now, at + rng.int(1, 10) * DAY)),
        deletedAt: null,
        accountId: account.id,
        assessedOn: iso(at).slice(0, 10),
        featureGaps: rng.sample(FEATURE_GAPS, rng.int(1, 3)),
        skillGaps: rng.sample(SKILL_GAPS, rng.int(0, 2)),
        options: rng
          .sample(OPTIONS, rng.int(1, 3))
          .map((o) => `- ${o}`)
          .join('\n'),
        planItems: rng.sample(PLAN_ITEMS, rng.int(2, 4)).map(([text, side], k) => {
          const due = at + rng.int(20, 120) * DAY;
          return {
            id: `${id}-p${k + 1}`,
            text,
            owner: side === 'client' ? client : vendor,
            dueDate: iso(due).slice(0, 10),
            status:
              due < now
                ? rng.weighted([
                    ['done', 6],
                    ['open', 2],
                    ['dropped', 1],
                  ] as const)
                : 'open',
          };
        }),
      });
    }
  }
  return out;
}
