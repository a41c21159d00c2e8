/** Releases and release-impact assessments: the reads and writes the release screens need. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, Release, ReleaseAssessment } from '@shared/schemas/index';
import { database } from './database';
import { saveRecord } from './records';

const live = (r: { deletedAt: string | null }) => r.deletedAt === null;

export interface ReleaseBoardData {
  accounts: Account[];
  releases: Release[];
  assessments: ReleaseAssessment[];
}

/** Accounts, releases (by date) and assessments for the readiness board; undefined while loading. */
export function useReleaseBoardData(): ReleaseBoardData | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [accounts, releases, assessments] = await Promise.all([
      db.accounts.filter(live).toArray(),
      db.releases.orderBy('releaseDate').filter(live).toArray(),
      db.releaseAssessments.filter(live).toArray(),
    ]);
    return { accounts, releases, assessments };
  });
}

/** The assessment of one release for one account, null when none; undefined while loading. */
export function useAssessment(
  releaseId: string | undefined,
  accountId: string | undefined,
): ReleaseAssessment | null | undefined {
  return useLiveQuery(async () => {
    if (releaseId === undefined || accountId === undefined) return null;
    const row = await database()
      .releaseAssessments.where('[releaseId+accountId]')
      .equals([releaseId, accountId])
      .first();
    return row && live(row) ? row : null;
  }, [releaseId, accountId]);
}

/** Every release (by date) with this account's assessments; undefined while loading. */
export function useAccountAssessments(
  accountId: string,
): { releases: Release[]; assessments: ReleaseAssessment[] } | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [releases, assessments] = await Promise.all([
      db.releases.orderBy('releaseDate').filter(live).toArray(),
      db.releaseAssessments.where('accountId').equals(accountId).filter(live).toArray(),
    ]);
    return { releases, assessments };
  }, [accountId]);
}

export function saveRelease(release: Partial<Release> & { id?: string }): Promise<Release> {
  return saveRecord('releases', release);
}

/**
 * Saves the assessment of a release for an account. The pair is unique: an existing row for
 * the pair (even one in the Trash) is updated rather than duplicated.
 */
export async function saveAssessment(
  assessment: Partial<ReleaseAssessment> & { releaseId: string; accountId: string },
): Promise<ReleaseAssessment> {
  const existing = await database()
    .releaseAssessments.where('[releaseId+accountId]')
    .equals([assessment.releaseId, assessment.accountId])
    .first();
  return saveRecord('releaseAssessments', { ...assessment, id: existing?.id ?? assessment.id });
}
