import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OwnedItemRow } from './OwnedItemRow';

type Status = 'open' | 'done';

function row(over: Partial<Parameters<typeof OwnedItemRow<Status>>[0]> = {}) {
  const props = {
    legend: 'Item 1',
    removeLabel: 'Remove item 1',
    labels: { text: 'Item', owner: 'Owner', due: 'Due date', status: 'Status' },
    text: 'Train key users',
    owner: '',
    due: '',
    status: 'open' as Status,
    statuses: [
      { value: 'open' as const, label: 'Open' },
      { value: 'done' as const, label: 'Done' },
    ],
    onText: vi.fn(),
    onOwner: vi.fn(),
    onDue: vi.fn(),
    onStatus: vi.fn(),
    onRemove: vi.fn(),
    ...over,
  };
  render(<OwnedItemRow {...props} />);
  return props;
}

describe('OwnedItemRow', () => {
  it('names its group, shows field errors and reports each edit', async () => {
    const user = userEvent.setup();
    const props = row({ ownerError: 'Required' });
    const group = screen.getByRole('group', { name: 'Item 1' });
    expect(group).toBeTruthy();
    const owner = screen.getByRole('textbox', { name: 'Owner' });
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Required').id).toBe(owner.getAttribute('aria-describedby'));
    await user.type(owner, 'I');
    expect(props.onOwner).toHaveBeenLastCalledWith('I');
    await user.type(screen.getByRole('textbox', { name: 'Item' }), '!');
    expect(props.onText).toHaveBeenLastCalledWith('Train key users!');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'done');
    expect(props.onStatus).toHaveBeenLastCalledWith('done');
    await user.click(screen.getByRole('button', { name: 'Remove item 1' }));
    expect(props.onRemove).toHaveBeenCalledTimes(1);
  });

  it('puts extra fields between the owner and the due date, and suggests owners', () => {
    render(
      <OwnedItemRow<Status>
        legend="Item 1"
        removeLabel="Remove item 1"
        labels={{ text: 'Item', owner: 'Owner', due: 'Due date', status: 'Status' }}
        text=""
        owner=""
        due="2026-05-01"
        status="open"
        statuses={[{ value: 'open', label: 'Open' }]}
        ownerList="people"
        onText={() => undefined}
        onOwner={() => undefined}
        onDue={() => undefined}
        onStatus={() => undefined}
        onRemove={() => undefined}
      >
        <label>
          Side <input />
        </label>
      </OwnedItemRow>,
    );
    const labels = [...document.querySelectorAll('label')].map((l) => l.textContent.trim());
    expect(labels).toEqual(['Item *', 'Owner *', 'Side', 'Due date', 'Status']);
    // With a list of suggestions the owner field is a combobox.
    expect(screen.getByRole('combobox', { name: 'Owner' }).getAttribute('list')).toBe('people');
    expect(screen.getByLabelText('Due date')).toHaveProperty('value', '2026-05-01');
  });
});
