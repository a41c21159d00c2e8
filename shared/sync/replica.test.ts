import { describe, expect, it } from 'vitest';
import { MemoryReplica } from './replica';

describe('MemoryReplica', () => {
  it('queues edits with increasing ids and clocks, and drops acknowledged ones', () => {
    const r = new MemoryReplica('dev');
    const m1 = r.edit('accounts', 'a1', { name: 'Acme' }, 1000);
    const m2 = r.edit('accounts', 'a1', { name: 'Acme SA' }, 999); // wall clock went back
    expect([m1.mutationId, m2.mutationId]).toEqual([1, 2]);
    expect((m2.fields.name?.hlc ?? '') > (m1.fields.name?.hlc ?? '')).toBe(true);
    expect(r.get('accounts', 'a1')?.name?.value).toBe('Acme SA');
    const batch = r.nextBatch(1);
    expect(batch?.mutations).toEqual([m1]);
    if (batch) r.acknowledge(batch);
    expect(r.outbox).toEqual([m2]);
  });

  it('after a pull, local edits sort after what was received (receive semantics)', () => {
    const r = new MemoryReplica('slow');
    const far = '2030-01-01T00:00:00.000Z-0005-fast';
    r.applyPull(
      {
        changes: [
          { seq: 7, table: 'accounts', recordId: 'a1', fields: { name: { value: 'X', hlc: far } } },
        ],
        cursor: 7,
        hasMore: false,
        remaining: 0,
      },
      0,
    );
    expect(r.cursor()).toBe(7);
    const m = r.edit('accounts', 'a1', { name: 'Mine' }, 0);
    expect((m.fields.name?.hlc ?? '') > far).toBe(true);
    expect(r.get('accounts', 'a1')?.name?.value).toBe('Mine');
  });
});
