import { describe, expect, it, vi } from 'vitest';
import { ChangeHub } from './notify';
import { waitForChange } from './wait';
import type { WaitOptions } from './wait';

/** A database whose answers to "anything new?" are scripted, last one repeating. */
function scripted(answers: boolean[]) {
  let calls = 0;
  const hasChanges = () => Promise.resolve(answers[Math.min(calls++, answers.length - 1)] ?? false);
  return { hasChanges, calls: () => calls };
}

const HOUR = 3600_000;
const base = (hub: ChangeHub, hasChanges: WaitOptions['hasChanges']): WaitOptions => ({
  hub,
  workspaceId: 'ws-a',
  waitMs: HOUR,
  recheckMs: HOUR,
  hasChanges,
});
const subscribed = (hub: ChangeHub, n = 1) =>
  vi.waitFor(() => expect(hub.count('ws-a')).toBe(n), { timeout: 5000 });

describe('waitForChange', () => {
  it('does not wait when there is already something to pull', async () => {
    const hub = new ChangeHub();
    expect(await waitForChange(base(hub, scripted([true]).hasChanges))).toBe('changes');
    expect(hub.count()).toBe(0);
  });

  it('looks again after subscribing: a push between the two looks is not missed', async () => {
    const hub = new ChangeHub();
    const db = scripted([false, true]);
    expect(await waitForChange(base(hub, db.hasChanges))).toBe('changes');
    expect(db.calls()).toBe(2);
    expect(hub.count()).toBe(0);
  });

  it('wakes on its workspace’s notice, and keeps waiting when it already has that change', async () => {
    const hub = new ChangeHub();
    let fresh = false;
    let calls = 0;
    const hasChanges = () => {
      calls++;
      return Promise.resolve(fresh);
    };
    const waiting = waitForChange(base(hub, hasChanges));
    await subscribed(hub);
    hub.publish('ws-b');
    hub.publish('ws-a'); // nothing new for this caller (e.g. its own push)
    await vi.waitFor(() => expect(calls).toBe(3));
    expect(hub.count('ws-a')).toBe(1);
    fresh = true;
    hub.publish('ws-a');
    expect(await waiting).toBe('changes');
    expect(calls).toBe(4);
    expect(hub.count()).toBe(0);
  });

  it('answers without a database look when the notice carries a sequence past its cursor', async () => {
    const hub = new ChangeHub();
    const db = scripted([false]);
    const waiting = waitForChange({ ...base(hub, db.hasChanges), after: 41 });
    await subscribed(hub);
    hub.publish('ws-a', 41); // already pulled: look, find nothing, keep waiting
    await vi.waitFor(() => expect(db.calls()).toBe(3));
    expect(hub.count('ws-a')).toBe(1);
    hub.publish('ws-a', 42);
    expect(await waiting).toBe('changes');
    expect(db.calls()).toBe(3);
    expect(hub.count()).toBe(0);
  });

  it('re-checks the database now and then, in case a notice was lost', async () => {
    const hub = new ChangeHub();
    const db = scripted([false, false, false, true]);
    const asked: boolean[] = [];
    const hasChanges = (recheck: boolean) => {
      asked.push(recheck);
      return db.hasChanges();
    };
    const r = await waitForChange({ ...base(hub, hasChanges), recheckMs: 5 });
    expect(r).toBe('changes');
    expect(db.calls()).toBe(4);
    // The periodic looks say so: they must reach the database, not what notices told.
    expect(asked).toEqual([false, false, true, true]);
  });

  it('times out, and stops when the client leaves or the server closes', async () => {
    const hub = new ChangeHub();
    const none = scripted([false]).hasChanges;
    expect(await waitForChange({ ...base(hub, none), waitMs: 20 })).toBe('timeout');

    const left = new AbortController();
    const leaving = waitForChange({ ...base(hub, none), signal: left.signal });
    await subscribed(hub);
    left.abort();
    expect(await leaving).toBe('aborted');
    expect(hub.count()).toBe(0);

    const closing = [waitForChange(base(hub, none)), waitForChange(base(hub, none))];
    await subscribed(hub, 2);
    hub.close();
    expect(await Promise.all(closing)).toEqual(['closing', 'closing']);
    expect(await waitForChange(base(hub, none))).toBe('closing');
    expect(hub.count()).toBe(0);
  });
});
