/** Simulated devices over the real merge code and real HTTP, with a faulty network. */
import fc from 'fast-check';
import { INCIDENT_STATUSES } from '../../shared/domain/types';
import { compareHlc, createSyncTransport, MemoryReplica, syncOnce } from '../../shared/sync/index';
import type {
  FetchLike,
  JsonValue,
  Mutation,
  PushRequest,
  SyncTransport,
} from '../../shared/sync/index';

export type Fault = 'none' | 'drop-request' | 'drop-response' | 'duplicate' | 'hold';
export type Step =
  | { k: 'edit'; dev: number; rec: number; values: Record<string, JsonValue> }
  | { k: 'sync'; dev: number; fault: Fault }
  | { k: 'replay' }
  | { k: 'crash'; dev: number; delayMs: number };

const values = fc
  .record(
    {
      title: fc.constantFrom('Login down', 'Payroll', 'Export slow', 'X'),
      severity: fc.constantFrom(1, 2, 3, 4),
      status: fc.constantFrom(...INCIDENT_STATUSES),
      rankKey: fc.constantFrom('a0', 'a1', 'Zz', null),
      deletedAt: fc.constantFrom(null, '2026-03-01T00:00:00.000Z'),
      futureField: fc.integer({ min: 0, max: 9 }),
    },
    { requiredKeys: [] },
  )
  .filter((v) => Object.keys(v).length > 0) as fc.Arbitrary<Record<string, JsonValue>>;

export function scheduleArb(devices: number, withCrash: boolean): fc.Arbitrary<Step[]> {
  const dev = fc.integer({ min: 0, max: devices - 1 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        k: fc.constant('edit' as const),
        dev,
        rec: fc.integer({ min: 0, max: 3 }),
        values,
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        k: fc.constant('sync' as const),
        dev,
        fault: fc.constantFrom<Fault>(
          'none',
          'none',
          'drop-request',
          'drop-response',
          'duplicate',
          'hold',
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('replay' as const) }) },
    {
      weight: withCrash ? 1 : 0,
      arbitrary: fc.record({
        k: fc.constant('crash' as const),
        dev,
        delayMs: fc.integer({ min: 0, max: 15 }),
      }),
    },
  );
  return fc.array(step, { minLength: 4, maxLength: 24 });
}

/** A device whose acknowledged mutations are remembered, to check none is lost. */
export class Device extends MemoryReplica {
  constructor(
    clientId: string,
    private readonly acked: Mutation[],
    cursor = 0,
  ) {
    super(clientId, { cursor });
  }
  override acknowledge(sent: PushRequest): void {
    this.acked.push(...sent.mutations);
    super.acknowledge(sent);
  }
}

/** Transport to whatever URL the server has now (it moves when restarted). */
export function liveTransport(getUrl: () => string, token: string): SyncTransport {
  const fetchFn: FetchLike = (path, init) => fetch(`${getUrl()}${path}`, init);
  return createSyncTransport({ baseUrl: '', token, fetchFn });
}

/** Every acknowledged field is still there, or lost only to a later clock. */
export function lostWrites(acked: Mutation[], observer: MemoryReplica): string[] {
  const lost: string[] = [];
  for (const m of acked) {
    const rec = observer.get(m.table, m.recordId);
    for (const [f, s] of Object.entries(m.fields)) {
      const now = rec?.[f];
      if (now === undefined || compareHlc(now.hlc, s.hlc) < 0)
        lost.push(`${m.recordId}.${f}@${s.hlc}`);
    }
  }
  return lost;
}

/** Everyone online, no faults, until every outbox is empty and everyone has pulled everything. */
export async function settle(
  devices: MemoryReplica[],
  transports: SyncTransport[],
  now: () => number,
) {
  for (let round = 0; round < 5; round++) {
    for (const [i, d] of devices.entries()) {
      const t = transports[i];
      if (t !== undefined) await syncOnce(d, t, { now, batchSize: 3, pageSize: 4 });
    }
    if (devices.every((d) => d.outbox.length === 0)) break;
  }
  for (const [i, d] of devices.entries()) {
    const t = transports[i];
    if (t !== undefined) await syncOnce(d, t, { now, pageSize: 4 });
  }
}
