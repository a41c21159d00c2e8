import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { formatSlaTime } from '../ui/duration';
import type { ClockSummary } from './queue-model';
import { timeLeftView } from './format';

const H = 3_600_000;
const clock = (over: Partial<ClockSummary>): ClockSummary => ({
  clock: 'response',
  timeLeftMs: 2 * H,
  state: 'ok',
  dueAt: new Date('2026-03-02T13:00:00Z'),
  breachedSince: null,
  coverage: 'business-hours',
  timeZone: 'Europe/Paris',
  breachedEarlier: false,
  ...over,
});

beforeAll(async () => {
  await initI18n('en');
});

describe('timeLeftView: durations state their unit', () => {
  const now = new Date('2026-03-09T13:00:00Z');

  it('shows a breach as the working time overdue, the incident page’s figure, not days since', () => {
    const late = clock({
      state: 'breached',
      timeLeftMs: -(46 * H),
      breachedSince: new Date('2026-03-02T13:00:00Z'), // 7 calendar days before now
    });
    const view = timeLeftView(late, now, i18next.t, 'en');
    expect(view.text).toBe(`Breached · ${formatSlaTime(-46 * H, 'business-hours', 'en')} overdue`);
    expect(view.text).toBe('Breached · 46 working hours overdue');
    expect(view.text).not.toMatch(/\bd\b/);
  });

  it('says working hours on business hours and names the 24x7 clock', () => {
    expect(timeLeftView(clock({ timeLeftMs: 5.5 * H }), now, i18next.t, 'en').text).toBe(
      '5 working hours 30 min left',
    );
    const sev1 = clock({ coverage: '24x7', state: 'at-risk', timeLeftMs: 80 * 60_000 });
    expect(timeLeftView(sev1, now, i18next.t, 'en').text).toBe('At risk · 1 h 20 min (24x7) left');
  });

  it('speaks French', async () => {
    await i18next.changeLanguage('fr');
    const late = clock({ state: 'breached', timeLeftMs: -(76 * H) });
    expect(timeLeftView(late, now, i18next.t, 'fr').text).toBe(
      'Dépassé · 76 heures ouvrées de retard',
    );
    await i18next.changeLanguage('en');
  });
});
