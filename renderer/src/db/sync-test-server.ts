/** Test fixture for the replica tests: the sync server's rules in memory, as a transport. */
import { MemoryServer } from '@shared/sync/memory-server';
import type { SyncTransport } from '@shared/sync/index';

/** MemoryServer (shared/sync/memory-server.ts) behind the transport the sync loop calls. */
export class FakeServer extends MemoryServer {
  transport(): SyncTransport {
    return {
      push: (req) => Promise.resolve(this.push(req)),
      pull: (after, limit, options) => Promise.resolve(this.pull(after, limit, options?.clientId)),
      status: () => Promise.resolve(this.status()),
    };
  }
}
