import type { Account, Incident } from '../schemas/index';
import type { SlaAccount } from './incident-sla';

/** The incident fields its SLA clocks are computed from (plus id and stamp, to track it). */
export type SlaInputs = Pick<
  Incident,
  | 'id'
  | 'accountId'
  | 'severity'
  | 'severityHistory'
  | 'category'
  | 'interfaceId'
  | 'status'
  | 'statusHistory'
  | 'reportedAt'
  | 'respondedAt'
  | 'resolvedAt'
  | 'workaroundAt'
  | 'updatedAt'
>;

/** Just those fields: what a worker keeps of each incident it watches. */
export function slaInputsOf(i: Incident): SlaInputs {
  return {
    id: i.id,
    accountId: i.accountId,
    severity: i.severity,
    severityHistory: i.severityHistory,
    category: i.category,
    interfaceId: i.interfaceId,
    status: i.status,
    statusHistory: i.statusHistory,
    reportedAt: i.reportedAt,
    respondedAt: i.respondedAt,
    resolvedAt: i.resolvedAt,
    workaroundAt: i.workaroundAt,
    updatedAt: i.updatedAt,
  };
}

/**
 * Whether `b` has the same SLA inputs as the kept `a`: field by field, not just updatedAt, so a
 * change the stamp missed cannot stick.
 */
export function sameSlaInputs(a: SlaInputs, b: Incident): boolean {
  if (a.updatedAt !== b.updatedAt || a.severity !== b.severity || a.status !== b.status) {
    return false;
  }
  if (a.accountId !== b.accountId || a.category !== b.category) return false;
  if (a.interfaceId !== b.interfaceId) return false;
  if (a.reportedAt !== b.reportedAt || a.respondedAt !== b.respondedAt) return false;
  if (a.resolvedAt !== b.resolvedAt || a.workaroundAt !== b.workaroundAt) return false;
  const h = a.statusHistory;
  const k = b.statusHistory;
  if (h.length !== k.length || !h.every((e, i) => e.at === k[i]?.at && e.to === k[i].to)) {
    return false;
  }
  const s = a.severityHistory;
  const r = b.severityHistory;
  return (
    s.length === r.length &&
    s.every((e, i) => e.at === r[i]?.at && e.from === r[i].from && e.to === r[i].to)
  );
}

const slaAccounts = new WeakMap<Account, SlaAccount>();

/**
 * The account fields the SLA needs, with the ids of its monitored interfaces (critical or not).
 * One object per stored account object, so callers in hot loops share it.
 */
export function slaAccountOf(account: Account): SlaAccount {
  let out = slaAccounts.get(account);
  if (out === undefined) {
    out = {
      id: account.id,
      plan: account.plan,
      businessCalendar: account.businessCalendar,
      monitoredInterfaceIds: account.monitoredInterfaces.map((m) => m.id),
    };
    slaAccounts.set(account, out);
  }
  return out;
}
