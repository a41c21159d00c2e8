import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './useNow';

function Clock() {
  return <p>{useNow(1000).toISOString()}</p>;
}

let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-10T09:00:00.000Z') });
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useNow', () => {
  it('ticks while visible, stops while hidden and catches up when shown', async () => {
    render(<Clock />);
    expect(screen.getByText('2026-03-10T09:00:00.000Z')).toBeTruthy();
    await act(async () => {
      vi.advanceTimersByTime(2000);
      await Promise.resolve();
    });
    expect(screen.getByText('2026-03-10T09:00:02.000Z')).toBeTruthy();

    visibility = 'hidden';
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    });
    await act(async () => {
      vi.advanceTimersByTime(5000);
      await Promise.resolve();
    });
    expect(screen.getByText('2026-03-10T09:00:02.000Z')).toBeTruthy();
    expect(vi.getTimerCount()).toBe(0);

    visibility = 'visible';
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    });
    expect(screen.getByText('2026-03-10T09:00:07.000Z')).toBeTruthy();
  });
});
