import type { Incident } from '../schemas/index';

/** The incident fields its SLA clocks are computed from (plus id and stamp, to track it). */
export type SlaInputs = Pick<
  Incident,
  | 'id'
  | 'accountId'
  | 'severity'
  | 'category'
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
    category: i.category,
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
  if (a.reportedAt !== b.reportedAt || a.respondedAt !== b.respondedAt) return false;
  if (a.resolvedAt !== b.resolvedAt || a.workaroundAt !== b.workaroundAt) return false;
  const h = a.statusHistory;
  const k = b.statusHistory;
  return h.length === k.length && h.every((e, i) => e.at === k[i]?.at && e.to === k[i].to);
}
