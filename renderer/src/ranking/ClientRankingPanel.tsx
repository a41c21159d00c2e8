import type { Account } from '@shared/schemas/index';

/** The account's open incidents in the client's order (placeholder until the feature lands). */
export function ClientRankingPanel({ account }: { account: Account }) {
  return <section aria-label={account.name} />;
}
