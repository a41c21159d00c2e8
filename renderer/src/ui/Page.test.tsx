import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Page } from './Page';

function Screen({ title }: { title: string }) {
  const { id = '' } = useParams();
  return (
    <Page title={`${title} ${id}`}>
      <label>
        Note <input />
      </label>
      <Link to="/things/2">Next</Link>
    </Page>
  );
}

function at(title: string) {
  return (
    <MemoryRouter initialEntries={['/things/1']}>
      <Routes>
        <Route path="/things/:id" element={<Screen title={title} />} />
      </Routes>
    </MemoryRouter>
  );
}

describe('Page', () => {
  it('focuses its heading on arrival, not when its title changes in place', async () => {
    const user = userEvent.setup();
    const view = render(at('Nordhavn'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(document.title).toBe('Nordhavn 1 · Steward');

    await user.click(screen.getByLabelText('Note'));
    // The record is renamed on another device while the user types here.
    act(() => view.rerender(at('Nordhavn Logistics')));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nordhavn Logistics 1');
    expect(document.title).toBe('Nordhavn Logistics 1 · Steward');
    expect(document.activeElement).toBe(screen.getByLabelText('Note'));

    // Another screen (same component, another address) is an arrival.
    await user.click(screen.getByRole('link', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nordhavn Logistics 2');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });
});
