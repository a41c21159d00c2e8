import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OwnedItemsEditor } from './OwnedItemsEditor';

interface Item {
  id: string;
  title: string;
  who: string;
  when: string;
  state: 'open' | 'done';
}

let ids = 0;
const blank = (): Item => ({
  id: `i${String(++ids)}`,
  title: '',
  who: '',
  when: '',
  state: 'open',
});

function Editor({ seen, initial }: { seen: (items: Item[]) => void; initial: Item[] }) {
  const [items, setItems] = useState(initial);
  return (
    <OwnedItemsEditor
      legend="Plan"
      items={items}
      fields={(i) => ({ text: i.title, owner: i.who, due: i.when, status: i.state })}
      patch={(i, c) => ({
        ...i,
        title: c.text ?? i.title,
        who: c.owner ?? i.who,
        when: c.due ?? i.when,
        state: c.status ?? i.state,
      })}
      labels={{ text: 'Item', owner: 'Owner', due: 'Due date', status: 'Status' }}
      statuses={[
        { value: 'open', label: 'Open' },
        { value: 'done', label: 'Done' },
      ]}
      rowLegend={(n) => `Item ${String(n)}`}
      removeLabel={(n) => `Remove item ${String(n)}`}
      errorOf={(i, field) => (i === 0 && field === 'owner' ? 'Owner needed' : undefined)}
      emptyHint="Nothing planned"
      addLabel="Add item"
      blank={blank}
      onChange={(next) => {
        seen(next);
        setItems(next);
      }}
    />
  );
}

describe('OwnedItemsEditor', () => {
  it('adds, edits through the item’s own fields, and removes rows', async () => {
    const user = userEvent.setup();
    const seen = vi.fn<(items: Item[]) => void>();
    render(<Editor seen={seen} initial={[]} />);
    expect(screen.getByText('Nothing planned')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    const first = screen.getByRole('group', { name: 'Item 1' });
    expect(screen.queryByText('Nothing planned')).toBeNull();
    expect(first.textContent).toContain('Owner needed');
    await user.type(screen.getAllByLabelText(/^Owner/)[1] as HTMLElement, 'Ana');
    await user.selectOptions(screen.getAllByLabelText('Status')[1] as HTMLElement, 'done');
    expect(seen.mock.lastCall?.[0][1]).toMatchObject({ who: 'Ana', state: 'done', title: '' });
    await user.click(screen.getByRole('button', { name: 'Remove item 1' }));
    expect(seen.mock.lastCall?.[0]).toHaveLength(1);
    expect(seen.mock.lastCall?.[0][0]).toMatchObject({ who: 'Ana' });
  });
});
