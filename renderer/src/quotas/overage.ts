/** Saves a record that exceeds an allowance, with the work order the user chose to record. */
import type { WorkOrder } from '@shared/schemas/index';
import { saveWorkOrder } from '../db/quotas';
import type { OrderChoice } from './OverageConfirm';

export async function recordOrder(
  order: OrderChoice | null,
  fields: { accountId: string; title: string; reason: WorkOrder['reason']; quantity: number },
): Promise<string | null> {
  if (order === null) return null;
  const saved = await saveWorkOrder({
    ...fields,
    status: order.status,
    reference: order.reference === '' ? null : order.reference,
    notes: '',
  });
  return saved.id;
}
