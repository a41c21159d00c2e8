import { describe, expect, it } from 'vitest';
import type { Member } from '../../shared/sync/index';
import { SessionCache } from './sessions';

const ann: Member = {
  id: 'm-1',
  email: 'ann@x.test',
  role: 'csm',
  workspaceId: 'ws-1',
  workspaceName: 'W',
};

/** A token table whose lookups are counted and can be held until released. */
function table() {
  let member: Member | null = ann;
  let calls = 0;
  let hold: Promise<void> | null = null;
  return {
    load: async () => {
      calls++;
      const seen = member; // what the database holds when the statement runs
      await hold;
      return seen;
    },
    set: (m: Member | null) => (member = m),
    holdNext: () => {
      let release: () => void = () => undefined;
      hold = new Promise<void>((r) => (release = r));
      return () => {
        hold = null;
        release();
      };
    },
    calls: () => calls,
  };
}

describe('SessionCache', () => {
  it('answers a token again from memory until its time is up', async () => {
    const cache = new SessionCache(1_000);
    const db = table();
    expect(await cache.lookup('t', 10_000, db.load)).toEqual(ann);
    expect(await cache.lookup('t', 10_999, db.load)).toEqual(ann);
    expect(db.calls()).toBe(1);
    db.set(null); // expired or revoked in the database
    expect(await cache.lookup('t', 11_000, db.load)).toBeNull();
    expect(await cache.lookup('t', 9_000, db.load)).toBeNull(); // a clock moved back never hits
    expect(db.calls()).toBe(3);
  });

  it('forget() counts at once, also for a lookup that began before it', async () => {
    const cache = new SessionCache(60_000);
    const db = table();
    await cache.lookup('t', 0, db.load);
    db.set(null); // the member is removed…
    cache.forget(); // …through a route, which forgets
    expect(await cache.lookup('t', 1, db.load)).toBeNull();

    db.set(ann);
    const release = db.holdNext();
    const racing = cache.lookup('u', 2, db.load); // read before the removal commits
    cache.forget();
    db.set(null);
    release();
    expect(await racing).toEqual(ann);
    expect(await cache.lookup('u', 3, db.load)).toBeNull(); // not kept: asked again
  });
});
