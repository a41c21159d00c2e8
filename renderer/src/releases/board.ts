/** The readiness board: releases × accounts, per-status counts and the next release's gaps. Pure. */
import { entitlementsFor } from '@shared/plans/entitlements';
import type { Account, Release, ReleaseAssessment } from '@shared/schemas/index';
import { READINESS_STATUSES } from '@shared/schemas/index';

export type Readiness = ReleaseAssessment['readiness'];
/**
 * A cell: the assessment's readiness, no assessment yet, a plan without the service, or a
 * release shipped before the account's subscription started (nothing was owed then).
 */
export type CellState = Readiness | 'missing' | 'not-included' | 'before-start';
export const CELL_STATES: readonly CellState[] = [
  'missing',
  ...READINESS_STATUSES,
  'not-included',
  'before-start',
];

export interface BoardCell {
  release: Release;
  account: Account;
  state: CellState;
  assessment: ReleaseAssessment | null;
}
export interface BoardRow {
  account: Account;
  entitled: boolean;
  cells: BoardCell[];
}
export type StateCounts = Record<CellState, number>;

export function isEntitled(account: Pick<Account, 'plan'>): boolean {
  return entitlementsFor(account.plan).releaseImpactAssessment;
}

/** True when the release shipped before the account's subscription start (not owed). */
export function predatesAccount(
  release: Pick<Release, 'releaseDate'>,
  account: Pick<Account, 'subscriptionStart'>,
): boolean {
  return release.releaseDate < account.subscriptionStart;
}

export const assessmentKey = (releaseId: string, accountId: string) => `${releaseId}|${accountId}`;

function index(assessments: readonly ReleaseAssessment[]): Map<string, ReleaseAssessment> {
  const map = new Map<string, ReleaseAssessment>();
  for (const a of assessments) {
    if (a.deletedAt === null) map.set(assessmentKey(a.releaseId, a.accountId), a);
  }
  return map;
}

const byDate = (a: Release, b: Release) =>
  a.releaseDate.localeCompare(b.releaseDate) || a.version.localeCompare(b.version);

/** The first release on or after `today` ('YYYY-MM-DD'), else the latest one; null when none. */
export function nextRelease(releases: readonly Release[], today: string): Release | null {
  const sorted = releases.filter((r) => r.deletedAt === null).sort(byDate);
  return sorted.find((r) => r.releaseDate >= today) ?? sorted.at(-1) ?? null;
}

/** The `count` releases up to and including the one after the next release, oldest first. */
export function boardReleases(
  releases: readonly Release[],
  today: string,
  count: number,
): Release[] {
  const sorted = releases.filter((r) => r.deletedAt === null).sort(byDate);
  const next = nextRelease(sorted, today);
  const nextIndex = next === null ? sorted.length - 1 : sorted.indexOf(next);
  const end = Math.min(sorted.length, nextIndex + 2);
  return sorted.slice(Math.max(0, end - count), end);
}

export function emptyCounts(): StateCounts {
  return Object.fromEntries(CELL_STATES.map((s) => [s, 0])) as StateCounts;
}

/** Rows: entitled accounts first, then the others, each by name. */
export function buildBoard(
  accounts: readonly Account[],
  releases: readonly Release[],
  assessments: readonly ReleaseAssessment[],
): { rows: BoardRow[]; counts: Map<string, StateCounts> } {
  const found = index(assessments);
  const counts = new Map(releases.map((r) => [r.id, emptyCounts()]));
  const rows = accounts
    .filter((a) => a.deletedAt === null)
    .map((account) => {
      const entitled = isEntitled(account);
      const cells = releases.map((release) => {
        const assessment = found.get(assessmentKey(release.id, account.id)) ?? null;
        const state: CellState = !entitled
          ? 'not-included'
          : assessment !== null
            ? assessment.readiness
            : predatesAccount(release, account)
              ? 'before-start'
              : 'missing';
        const c = counts.get(release.id);
        if (c) c[state]++;
        return { release, account, state, assessment };
      });
      return { account, entitled, cells };
    })
    .sort(
      (a, b) =>
        Number(b.entitled) - Number(a.entitled) || a.account.name.localeCompare(b.account.name),
    );
  return { rows, counts };
}

export interface ReleaseGaps {
  /** Entitled accounts without an assessment. */
  missing: Account[];
  /** Entitled accounts assessed but not ready yet (not started, in progress, at risk). */
  notReady: Array<{ account: Account; assessment: ReleaseAssessment }>;
  ready: number;
  entitled: number;
}

export function releaseGaps(
  release: Release,
  accounts: readonly Account[],
  assessments: readonly ReleaseAssessment[],
): ReleaseGaps {
  const found = index(assessments);
  // An account whose subscription starts after the release owes no assessment of it.
  const entitled = accounts
    .filter((a) => a.deletedAt === null && isEntitled(a))
    .filter((a) => !predatesAccount(release, a) || found.has(assessmentKey(release.id, a.id)))
    .sort((a, b) => a.name.localeCompare(b.name));
  const gaps: ReleaseGaps = { missing: [], notReady: [], ready: 0, entitled: entitled.length };
  for (const account of entitled) {
    const assessment = found.get(assessmentKey(release.id, account.id));
    if (assessment === undefined) gaps.missing.push(account);
    else if (assessment.readiness === 'ready') gaps.ready++;
    else gaps.notReady.push({ account, assessment });
  }
  // At risk first: those need attention before the ones merely in progress.
  gaps.notReady.sort(
    (a, b) =>
      Number(b.assessment.readiness === 'at-risk') - Number(a.assessment.readiness === 'at-risk'),
  );
  return gaps;
}
