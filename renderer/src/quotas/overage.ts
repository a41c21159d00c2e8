/**
 * Saving a record that uses a quota: the work order to propose for the part of the overage no
 * signed or requested order covers, tied to the quota's period, or the order that covers it.
 */
import type { WorkOrder } from '@shared/schemas/index';
import type { TFunction } from 'i18next';
import { saveWorkOrder } from '../db/quotas';
import { formatAmount } from './format';
import type { OrderChoice } from './OverageConfirm';
import type { QuotaLine } from './usage';

/** The order the overage warning proposes: what is left uncovered, in the line's period. */
export function proposedOrder(line: QuotaLine): { quantity: number; periodStart: string | null } {
  return { quantity: line.coverage.uncovered, periodStart: line.period?.startDate ?? null };
}

/** The order a record over the allowance goes under when orders already cover the overage. */
export function coveringOrderId(line: QuotaLine | null): string | null {
  if (line === null || line.overage === 0) return null;
  return line.coverage.orders[0]?.id ?? null;
}

/** Records the work order the user chose in the overage warning; null when none was chosen. */
export async function recordOrder(
  order: OrderChoice | null,
  fields: {
    accountId: string;
    title: string;
    reason: WorkOrder['reason'];
    line: QuotaLine;
  },
): Promise<string | null> {
  if (order === null) return null;
  const { line, ...rest } = fields;
  const saved = await saveWorkOrder({
    ...rest,
    ...proposedOrder(line),
    status: order.status,
    reference: order.reference === '' ? null : order.reference,
    notes: '',
  });
  return saved.id;
}

/** The sentence added to the warning when orders already cover part of the overage. */
export function coveredNote(t: TFunction, line: QuotaLine, lang: string): string {
  const { signed, requested, uncovered } = line.coverage;
  if (signed + requested === 0) return '';
  return ` ${t('quotas.confirm.alreadyCovered', {
    covered: formatAmount(line, signed + requested, lang),
    uncovered: formatAmount(line, uncovered, lang),
  })}`;
}
