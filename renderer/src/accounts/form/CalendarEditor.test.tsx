import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { CalendarEditor } from './CalendarEditor';
import { newAccountDraft, type CalendarDraft } from './draft';

let latest: CalendarDraft = newAccountDraft('a').calendar;

function Harness({ errors = {} }: { errors?: Record<string, string> }) {
  const [value, setValue] = useState(newAccountDraft('a').calendar);
  const change = (next: CalendarDraft) => {
    latest = next;
    setValue(next);
  };
  return <CalendarEditor value={value} timeZone="Europe/Paris" errors={errors} onChange={change} />;
}

beforeAll(async () => {
  await initI18n('en');
});

describe('CalendarEditor', { timeout: 30_000 }, () => {
  it('starts Mon–Fri 09:00–18:00 and turns a day off and on', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(latest.hours.mon).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(latest.hours.sat).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'Works on Friday' }));
    expect(latest.hours.fri).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'Works on Saturday' }));
    expect(latest.hours.sat).toEqual([{ start: '09:00', end: '18:00' }]);
  });

  it('adds and removes spans for split shifts, and copies Monday to the weekdays', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const end = screen.getByLabelText('Monday, span 1, end');
    await user.clear(end);
    await user.type(end, '12:00');
    await user.click(screen.getByRole('button', { name: 'Add span on Monday' }));
    expect(latest.hours.mon).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Copy Monday to weekdays' }));
    for (const day of ['tue', 'wed', 'thu', 'fri'] as const)
      expect(latest.hours[day]).toHaveLength(2);
    expect(latest.hours.sat).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Remove span 1 on Tuesday' }));
    expect(latest.hours.tue).toEqual([{ start: '13:00', end: '17:00' }]);
  });

  it('adds holidays in date order and removes them', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const date = screen.getByLabelText('Holiday date');
    await user.type(date, '2026-12-25');
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    await user.type(date, '2026-05-01');
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    expect(latest.holidays).toEqual(['2026-05-01', '2026-12-25']);
    await user.click(screen.getByRole('button', { name: /Remove holiday .*Dec 25, 2026/ }));
    expect(latest.holidays).toEqual(['2026-05-01']);
  });

  it('names a holiday when adding it and edits or drops the name later', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Holiday date'), '2026-12-25');
    await user.type(screen.getByLabelText('Name (optional)'), 'Christmas');
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    expect(latest.holidays).toEqual(['2026-12-25']);
    expect(latest.holidayNames).toEqual({ '2026-12-25': 'Christmas' });
    const name = screen.getByLabelText(/Name of the holiday on Fri.*25.*2026/);
    expect((name as HTMLInputElement).value).toBe('Christmas');
    await user.type(name, ' Day');
    expect(latest.holidayNames).toEqual({ '2026-12-25': 'Christmas Day' });
    await user.type(screen.getByLabelText('Holiday date'), '2026-05-01');
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    expect(latest.holidays).toEqual(['2026-05-01', '2026-12-25']);
    expect(latest.holidayNames).toEqual({ '2026-12-25': 'Christmas Day' });
    await user.click(screen.getByRole('button', { name: /Remove holiday Fri.*25/ }));
    expect(latest.holidays).toEqual(['2026-05-01']);
    expect(latest.holidayNames).toEqual({});
  });

  it('shows a span error next to that span, translated and wired to the input', () => {
    render(
      <Harness
        errors={{
          'businessCalendar.hours.wed.0.end': 'A working span must end after it starts',
        }}
      />,
    );
    const end = screen.getByLabelText('Wednesday, span 1, end');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(end.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('The span must end after it starts.');
    expect(screen.getByLabelText('Monday, span 1, end').hasAttribute('aria-invalid')).toBe(false);
  });
});
