import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { SlaWatchTransportFactory } from './sla-watch-client';
import type { SlaWatchRequest, SlaWatchResponse } from './sla-watch-protocol';
import { useSlaWatcher } from './useSlaWatcher';

/** A watch host that answers only when the test says so. */
function heldHost() {
  const posted: SlaWatchRequest[] = [];
  let respond: (r: SlaWatchResponse) => void = () => undefined;
  const factory: SlaWatchTransportFactory = (onResponse) => {
    respond = onResponse;
    return { post: (request) => posted.push(request), close: () => undefined };
  };
  const answer = (request: SlaWatchRequest) =>
    respond({
      type: 'result',
      id: request.id,
      alerts: [],
      count: 0,
      zones: [],
      problem: null,
      computed: 0,
      workMs: 1,
    });
  return { factory, posted, answer };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it('runs a tick that came during a slow check once that check ends, never two at once', async () => {
  const host = heldHost();
  const { unmount } = renderHook(() => useSlaWatcher(1_000, host.factory));
  expect(host.posted).toHaveLength(1); // the check on mount

  // Three ticks while the first check is still running: nothing more is sent yet.
  await act(() => vi.advanceTimersByTimeAsync(3_000));
  expect(host.posted).toHaveLength(1);

  // The first answer comes: the ticks it held up become one check, not three, not none.
  const [first] = host.posted;
  await act(async () => {
    if (first) host.answer(first);
    await vi.advanceTimersByTimeAsync(0);
  });
  expect(host.posted).toHaveLength(2);

  // The second check runs alone too: a tick during it waits for it.
  await act(() => vi.advanceTimersByTimeAsync(1_000));
  expect(host.posted).toHaveLength(2);
  unmount();
});
