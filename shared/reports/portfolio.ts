import { planAtLeast } from '../domain/types';
import type { Account } from '../schemas/account';
import type { ReleaseAssessment } from '../schemas/release';
import type { WorkspaceSettings } from '../schemas/settings';
import type { ReportPeriod } from './period';
import type { AccountData } from './review';
import { businessReview } from './review';

export type NextReleaseReadiness =
  | { kind: 'no-release' }
  | { kind: 'not-included'; releaseName: string }
  | { kind: 'not-assessed'; releaseName: string }
  | { kind: 'assessed'; releaseName: string; readiness: ReleaseAssessment['readiness'] };

export interface PortfolioRow {
  account: Account;
  health: number | null;
  breaches: number;
  /** Quota periods of the report period with an overage no work order covers. */
  overages: number;
  nextRelease: NextReleaseReadiness;
}

/** One row per account: health, breaches and overages over the period, next release readiness. */
export function portfolioSummary(
  accounts: readonly Account[],
  data: AccountData,
  settings: WorkspaceSettings,
  period: ReportPeriod,
  now: Date,
): PortfolioRow[] {
  const today = now.toISOString().slice(0, 10);
  const next = data.releases
    .filter((r) => r.deletedAt === null && r.releaseDate >= today)
    .sort((a, b) => a.releaseDate.localeCompare(b.releaseDate))[0];
  return accounts
    .filter((a) => a.deletedAt === null)
    .map((account) => {
      const review = businessReview({ account, settings, period, now, data });
      let nextRelease: NextReleaseReadiness = { kind: 'no-release' };
      if (next !== undefined) {
        const assessment = data.releaseAssessments.find(
          (a) => a.deletedAt === null && a.accountId === account.id && a.releaseId === next.id,
        );
        if (!planAtLeast(account.plan, 'carefor-business-plus'))
          nextRelease = { kind: 'not-included', releaseName: next.name };
        else if (assessment === undefined)
          nextRelease = { kind: 'not-assessed', releaseName: next.name };
        else
          nextRelease = {
            kind: 'assessed',
            releaseName: next.name,
            readiness: assessment.readiness,
          };
      }
      return {
        account,
        health: review.health.score,
        breaches: review.kpis.breaches,
        overages: review.quota.filter((r) => r.uncovered > 0).length,
        nextRelease,
      };
    })
    .sort(
      (a, b) =>
        (a.health ?? 101) - (b.health ?? 101) || a.account.name.localeCompare(b.account.name),
    );
}
