import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { Toasts } from './Toasts';
import { MAX_TOASTS, showToast, useToasts } from './toast-store';

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  act(() => {
    for (const t of useToasts.getState().toasts) useToasts.getState().dismiss(t.id);
  });
});

const messages = () => screen.queryAllByRole('status').map((n) => n.textContent);

describe('toasts', () => {
  it('show the newest only; the earlier ones fold into a button that unfolds them', async () => {
    render(<Toasts />);
    act(() => {
      showToast({ tone: 'info', message: 'Interface “A” added.' });
      showToast({ tone: 'info', message: 'Interface “B” added.' });
      showToast({ tone: 'success', message: 'Meeting saved.' });
    });
    expect(messages()).toEqual(['Meeting saved.']);
    const more = screen.getByRole('button', { name: '2 earlier messages' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(more);
    expect(messages()).toEqual(['Interface “A” added.', 'Interface “B” added.', 'Meeting saved.']);
    await userEvent.click(screen.getByRole('button', { name: 'Show the latest only' }));
    expect(messages()).toEqual(['Meeting saved.']);
    // Dismissing the newest brings back the one before it, and the fold counts one less.
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(messages()).toEqual(['Interface “B” added.']);
    expect(screen.getByRole('button', { name: '1 earlier message' }).textContent).toBe(
      '1 earlier message',
    );
  });

  it('a background alert never folds away the answer to what the user did', () => {
    render(<Toasts />);
    act(() => {
      showToast({ tone: 'success', message: 'Demo workspace loaded.' });
      showToast({ tone: 'info', group: 'sla', message: 'SLA at risk: A' });
      showToast({ tone: 'info', group: 'sla', message: 'SLA at risk: B' });
    });
    expect(messages()).toEqual(['Demo workspace loaded.', 'SLA at risk: B']);
    expect(screen.getByRole('button', { name: '1 earlier message' }).textContent).toBe(
      '1 earlier message',
    );
  });

  it('the same message again replaces its copy; a toast with an action never merges', () => {
    act(() => {
      showToast({ tone: 'info', message: 'Saved.' });
      showToast({ tone: 'info', message: 'Saved.' });
      const undo = { label: 'Undo', run: () => undefined };
      showToast({ tone: 'info', message: 'Moved to the Trash.', action: undo });
      showToast({ tone: 'info', message: 'Moved to the Trash.', action: undo });
    });
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      'Saved.',
      'Moved to the Trash.',
      'Moved to the Trash.',
    ]);
  });

  it(`keeps at most ${String(MAX_TOASTS)}`, () => {
    act(() => {
      for (let i = 0; i < 9; i++) showToast({ tone: 'info', message: `m${String(i)}` });
    });
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      'm4',
      'm5',
      'm6',
      'm7',
      'm8',
    ]);
  });
});
