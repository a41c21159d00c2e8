import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { setBridgeForTesting } from '../bridge';
import { createBrowserBridge } from '../bridge/browser';
import type { StewardDatabase } from '../db/database';
import { withTestDatabase } from '../db/test-database';
import { loadPreferences } from '../db/preferences';
import { initI18n } from '../i18n';
import { CommandCenter } from './CommandCenter';
import { usePaletteUi } from './palette-store';

let db: StewardDatabase;

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderApp() {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <CommandCenter />
            <Where />
          </>
        ),
      },
    ],
    { initialEntries: ['/queue'] },
  );
  render(<RouterProvider router={router} />);
}

beforeAll(async () => {
  await initI18n('en');
  setBridgeForTesting(createBrowserBridge('test'));
});

withTestDatabase('palette-test', async (opened) => {
  db = opened;
  await db.accounts.bulkPut([
    { id: 'acc-1', name: 'Nordhavn Logistics', deletedAt: null },
    { id: 'acc-2', name: 'Acme Retail', deletedAt: null },
  ] as never);
  act(() => usePaletteUi.setState({ paletteOpen: false, helpOpen: false }));
});

// Several user-event steps each: give them room when the machine is busy (no timing is asserted).
describe('command palette', { timeout: 20_000 }, () => {
  it('opens with Ctrl+K, filters, moves with arrows and jumps with Enter', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: /search accounts/i });
    await waitFor(() => expect(document.activeElement).toBe(input));
    await user.type(input, 'a');
    await screen.findByRole('option', { name: /Acme Retail/ });
    await user.clear(input);
    await user.type(input, 'logis');
    const option = await screen.findByRole('option', { name: /Nordhavn Logistics/ });
    expect(input.getAttribute('aria-activedescendant')).toBe(option.id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/accounts/acc-1'));
    expect(usePaletteUi.getState().paletteOpen).toBe(false);
  });

  it('arrow keys wrap through the results and Enter runs a command', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox');
    await user.type(input, 'go to');
    const options = await screen.findAllByRole('option');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}');
    const last = options[options.length - 1];
    expect(input.getAttribute('aria-activedescendant')).toBe(last?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    const target = options[1]?.textContent ?? '';
    await user.keyboard('{Enter}');
    const expected = target.includes('accounts')
      ? '/accounts'
      : target.includes('settings')
        ? '/settings'
        : target.includes('Trash')
          ? '/trash'
          : '/queue';
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe(expected));
  });

  it('switches the language through the stored preferences', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox'), 'french');
    await screen.findByRole('option', { name: /switch language to french/i });
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await loadPreferences()).language).toBe('fr'));
  });

  it('"?" opens the shortcuts help outside fields, from the shared table', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('?');
    expect(await screen.findByRole('heading', { name: 'Keyboard shortcuts' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: /move the focused incident up/i })).toBeTruthy();
    expect(screen.getAllByText('K').length).toBeGreaterThan(0);
  });
});
