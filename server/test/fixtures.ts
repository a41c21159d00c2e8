import { formatHlc, stampFields } from '../../shared/sync/index';
import type { JsonValue, Mutation } from '../../shared/sync/index';
import type { RecordTable } from '../../shared/schemas/index';

export const PASSWORD = 'correct horse battery';

export function mutation(
  clientId: string,
  mutationId: number,
  table: RecordTable,
  recordId: string,
  values: Record<string, JsonValue>,
  millis = Date.now(),
): Mutation {
  const hlc = formatHlc({ millis, counter: 0, node: clientId });
  return { clientId, mutationId, table, recordId, fields: stampFields(values, hlc) };
}

/** A complete, valid incident's fields. */
export function incident(
  id: string,
  over: Record<string, JsonValue> = {},
): Record<string, JsonValue> {
  return {
    id,
    updatedAt: '2026-03-01T09:00:00.000Z',
    deletedAt: null,
    accountId: 'acc-1',
    title: 'Payroll export fails',
    severity: 2,
    status: 'new',
    category: 'application',
    reportedAt: '2026-03-01T08:00:00.000Z',
    ...over,
  };
}
