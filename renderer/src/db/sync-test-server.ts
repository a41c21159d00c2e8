/** Test fixture for the replica tests: the sync server's rules in memory. */
import { mergeRecord } from '@shared/sync/index';
import type {
  FieldMap,
  PullResponse,
  PushRequest,
  PushResponse,
  SyncTransport,
} from '@shared/sync/index';

/** The server's rules in memory: idempotent pushes, per-field merge, a sequence per change. */
export class FakeServer {
  seq = 0;
  readonly records = new Map<
    string,
    { seq: number; table: string; recordId: string; fields: FieldMap }
  >();
  readonly applied = new Set<string>();
  transport(): SyncTransport {
    return {
      push: (req: PushRequest): Promise<PushResponse> => {
        let applied = 0;
        for (const m of req.mutations) {
          const id = `${m.clientId}/${m.mutationId}`;
          if (this.applied.has(id)) continue;
          this.applied.add(id);
          applied++;
          const k = `${m.table}/${m.recordId}`;
          const current = this.records.get(k);
          const merged = mergeRecord(current?.fields, m.fields, {
            table: m.table,
            recordId: m.recordId,
          });
          if (merged.changed.length > 0) {
            this.records.set(k, {
              seq: ++this.seq,
              table: m.table,
              recordId: m.recordId,
              fields: merged.fields,
            });
          }
        }
        return Promise.resolve({
          applied,
          duplicates: req.mutations.length - applied,
          lastMutationId: 0,
          seq: this.seq,
          conflicts: [],
          warnings: [],
          refused: [],
        });
      },
      pull: (after: number, limit: number): Promise<PullResponse> => {
        const all = [...this.records.values()]
          .filter((r) => r.seq > after)
          .sort((a, b) => a.seq - b.seq);
        const page = all.slice(0, limit);
        return Promise.resolve({
          changes: page.map((r) => ({
            seq: r.seq,
            table: r.table,
            recordId: r.recordId,
            fields: r.fields,
          })),
          cursor: page.at(-1)?.seq ?? after,
          hasMore: all.length > limit,
          remaining: Math.max(0, all.length - limit),
        });
      },
      status: () => Promise.resolve({ lastMutationId: 0, seq: this.seq }),
    };
  }
}
