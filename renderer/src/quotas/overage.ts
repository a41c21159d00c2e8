/**
 * Saving a record that uses a quota: the work order to propose for the part of the overage no
 * signed or requested order covers, tied to the quota's period, or the order that covers it.
 */
import type { WorkOrder } from '@shared/schemas/index';
import type { TFunction } from 'i18next';
import type { OrderFor } from '../db/quotas';
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

/**
 * The work order a save goes under: the one the user chose to record in the overage warning
 * (saved in the same transaction as the record, see db/quotas), else the order that already
 * covers the overage, if any.
 */
export function orderFor(
  choice: OrderChoice | null,
  fields: {
    accountId: string;
    title: string;
    reason: WorkOrder['reason'];
    line: QuotaLine;
  },
): OrderFor {
  const { line, ...rest } = fields;
  if (choice === null) return { existingId: coveringOrderId(line) };
  return {
    record: {
      ...rest,
      ...proposedOrder(line),
      status: choice.status,
      reference: choice.reference === '' ? null : choice.reference,
      notes: '',
    },
  };
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
