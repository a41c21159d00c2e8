import { useLiveQuery } from 'dexie-react-hooks';
import type { AccountData } from '@shared/reports/index';
import type { Account, RecordOf, RecordTable } from '@shared/schemas/index';
import { database } from './database';

const live = (r: { deletedAt: string | null }) => r.deletedAt === null;

type PerAccount = Exclude<RecordTable, 'accounts' | 'releases' | 'settings'>;
const PER_ACCOUNT = [
  'incidents',
  'meetings',
  'actionItems',
  'releaseAssessments',
  'specialEvents',
  'timeEntries',
  'workOrders',
  'readinessAssessments',
] as const satisfies readonly PerAccount[];

async function rowsOf<T extends PerAccount>(table: T, accountId?: string): Promise<RecordOf<T>[]> {
  const store = database().table<RecordOf<T>, string>(table);
  const rows =
    accountId === undefined
      ? await store.filter(live).toArray()
      : await store.where('accountId').equals(accountId).filter(live).toArray();
  return rows;
}

/** Everything a report needs, for one account or for all (accountId undefined). */
export async function loadReportData(accountId?: string): Promise<AccountData> {
  const [releases, ...rest] = await Promise.all([
    database().releases.filter(live).toArray(),
    ...PER_ACCOUNT.map((table) => rowsOf(table, accountId)),
  ]);
  const byTable = Object.fromEntries(PER_ACCOUNT.map((t, i) => [t, rest[i] ?? []]));
  return { ...(byTable as unknown as Omit<AccountData, 'releases'>), releases };
}

export interface AccountReportData {
  /** Null when the account is missing or in the Trash. */
  account: Account | null;
  data: AccountData;
}

/** One account and its records, live; undefined while loading. */
export function useAccountReportData(accountId: string | undefined): AccountReportData | undefined {
  return useLiveQuery(async () => {
    if (accountId === undefined) return undefined;
    const account = await database().accounts.get(accountId);
    return {
      account: account && live(account) ? account : null,
      data: await loadReportData(accountId),
    };
  }, [accountId]);
}

/** All live accounts (by name) and all their records, for the portfolio summary. */
export function usePortfolioData(): { accounts: Account[]; data: AccountData } | undefined {
  return useLiveQuery(async () => {
    const accounts = await database().accounts.filter(live).toArray();
    accounts.sort((a, b) => a.name.localeCompare(b.name));
    return { accounts, data: await loadReportData() };
  });
}
