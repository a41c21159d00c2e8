import { defaultWorkspaceSettings } from '@shared/schemas/index';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { SlaPanel } from './SlaPanel';
import { testAccount, testEvent, testIncident } from './test-fixtures';

// The account works Mon–Fri 09:00–18:00 in Paris (UTC+1 in March 2026); Wed 11 March is a
// holiday named 'Fête du test'. Expected times below are worked out by hand from that.
const settings = defaultWorkspaceSettings('2026-03-01T00:00:00.000Z');
const account = testAccount();
const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ');

/**
 * Reported Mon 9 Mar 09:00 Paris as severity 1, first answered at 10:30 (the 1 h response was
 * due at 10:00), lowered to 3 at 12:00 with 1 h of its 4 h resolution left.
 */
const lowered = testIncident({
  severity: 3,
  severityHistory: [{ at: '2026-03-09T11:00:00.000Z', by: 'Me', from: 1, to: 3 }],
  status: 'in-progress',
  statusHistory: [
    { at: '2026-03-09T08:00:00.000Z', by: 'Me', from: null, to: 'new' },
    { at: '2026-03-09T09:30:00.000Z', by: 'Me', from: 'new', to: 'in-progress' },
  ],
  respondedAt: '2026-03-09T09:30:00.000Z',
});

function showPanel(
  incident = lowered,
  events = [testEvent({ deletedAt: '2026-03-01T00:00:00.000Z' })],
) {
  render(<SlaPanel incident={incident} account={account} settings={settings} events={events} />);
  return screen.getByRole('region', { name: /^(Why this due time|Pourquoi cette échéance)$/ });
}

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-10T09:00:00.000Z')); // Tue 10 Mar, 10:00 in Paris
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Why this due time: the SLA timeline', () => {
  it('lists each severity segment with its clocks’ outcomes, coverage and targets', () => {
    const why = showPanel();
    const segments = within(why)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('h3'));
    expect(segments).toHaveLength(2);
    const [first, second] = segments.map(text);
    expect(first).toContain('Severity 1 · Critical: Mon, Mar 9, 9:00 AM to Mon, Mar 9, 12:00 PM');
    expect(first).toContain('Targets for severity 1 on CareFor Enterprise: response 1 h (24x7)');
    expect(first).toContain(
      'Response: breached since Mon, Mar 9, 10:00 AM, met late at Mon, Mar 9, 10:30 AM.',
    );
    expect(first).toContain('Resolution: ended by the severity change with 1 h (24x7) left.');
    expect(first).toContain('Response and resolution on 24x7 throughout.');
    expect(second).toContain('Severity 3 · Moderate: since Mon, Mar 9, 12:00 PM (current)');
    expect(second).toContain('response 8 working hours, resolution 40 working hours');
    // The response given under severity 1 stays given.
    expect(second).toContain('Response: given earlier, at Mon, Mar 9, 10:30 AM.');
    // 40 working hours from Mon 12:00, skipping the Wednesday holiday: Mon 16 Mar, 16:00.
    expect(second).toContain('Resolution: running, due Mon, Mar 16, 4:00 PM.');
    expect(second).toContain('Response and resolution on business hours throughout.');
    expect(text(why)).toContain('follows the account’s current plan (CareFor Enterprise)');
  });

  it('names the holidays inside the shown time by date and weekday, never a bare count', () => {
    const why = showPanel();
    const holidays = within(why).getByTestId('why-holidays');
    expect(text(holidays)).toBe('Wednesday, March 11, 2026: Fête du test');
    expect(text(why)).not.toContain('Holidays off');
  });

  it('keeps the severity-1 response breach visible after the change', () => {
    showPanel();
    const sla = screen.getByRole('region', { name: /^Service level$/ });
    expect(text(sla)).toContain(
      'Breached earlier: response under severity 1, since Mon, Mar 9, 10:00 AM (Europe/Paris)',
    );
  });

  it('words coverage span by span, per clock when a monitored interface splits them', () => {
    vi.setSystemTime(new Date('2026-03-10T11:00:00.000Z')); // Tue 12:00 in Paris
    const incident = testIncident({
      category: 'interface',
      interfaceId: 'if-payroll',
      reportedAt: '2026-03-10T09:00:00.000Z',
    });
    const why = showPanel(incident, [testEvent()]);
    const all = text(why);
    expect(all).toContain('Response on 24x7 throughout.');
    expect(all).toContain(
      'Resolution on business hours from Tue, Mar 10, 10:00 AM to Tue, Mar 10, 8:00 PM, ' +
        'then 24x7 from Tue, Mar 10, 8:00 PM to Wed, Mar 11, 8:00 AM, then business hours.',
    );
    expect(all).toContain('During a special event: handled 24x7 inside its window');
    expect(all).toContain('Special event “Payroll go-live”');
    expect(all).toContain('Monitored critical interface on CareFor Enterprise');
    // No breach yet: no breach history.
    expect(screen.queryByText(/Breached earlier/)).toBeNull();
  });

  it('lists the waiting-on-client pauses and their total', () => {
    const incident = testIncident({
      status: 'waiting-on-client',
      statusHistory: [
        { at: '2026-03-09T08:00:00.000Z', by: 'Me', from: null, to: 'new' },
        { at: '2026-03-09T09:00:00.000Z', by: 'Me', from: 'new', to: 'waiting-on-client' },
        { at: '2026-03-09T11:00:00.000Z', by: 'Me', from: 'waiting-on-client', to: 'in-progress' },
        { at: '2026-03-09T13:00:00.000Z', by: 'Me', from: 'in-progress', to: 'waiting-on-client' },
      ],
      respondedAt: '2026-03-09T09:00:00.000Z',
    });
    const all = text(showPanel(incident));
    // 2 h on Monday morning, then Mon 14:00 to now (Tue 10:00): 20 h.
    expect(all).toContain(
      '22 h 00 min paused while waiting on the client. Still waiting: the clock is stopped.',
    );
    expect(all).toContain(
      'Waiting on the client from Mon, Mar 9, 10:00 AM to Mon, Mar 9, 12:00 PM',
    );
    expect(all).toContain('Waiting on the client since Mon, Mar 9, 2:00 PM');
  });

  it('speaks French', async () => {
    await initI18n('fr');
    try {
      const why = showPanel();
      expect(why.querySelector('h2')?.textContent).toBe('Pourquoi cette échéance');
      expect(text(why)).toContain('Gravité 3 · Modérée : depuis le');
      expect(text(within(why).getByTestId('why-holidays'))).toBe(
        'mercredi 11 mars 2026 : Fête du test',
      );
    } finally {
      await initI18n('en');
    }
  });
});
