import { expect, test } from '@playwright/test';
import { gotoScreen, watchErrors } from './helpers';
import { seed, seedAccount, seedIncident } from './seed';

// Wednesday 4 March 2026, 17:30 in Paris, 11:30 in New York.
const T0 = new Date('2026-03-04T16:30:00.000Z');

test('the queue is computed in a worker and reorders as the clock ticks', async ({ page }) => {
  const errors = watchErrors(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.clock.install({ time: T0 });
  await seed(page, {
    accounts: [
      seedAccount({ id: 'paris', name: 'Maison Lefèvre', plan: 'premium' }),
      seedAccount({
        id: 'ny',
        name: 'Hudson Freight',
        plan: 'premium',
        timeZone: 'America/New_York',
      }),
    ],
    incidents: [
      // Severity 2 on Premium: 2 h response on each account's 09:00–18:00 business hours.
      seedIncident({
        id: 'p',
        accountId: 'paris',
        title: 'Payroll export failing',
        severity: 2,
        reportedAt: '2026-03-04T15:00:00.000Z', // 30 min left at T0
      }),
      seedIncident({
        id: 'n',
        accountId: 'ny',
        title: 'Carrier labels missing',
        severity: 2,
        reportedAt: '2026-03-04T15:15:00.000Z', // 45 min left at T0
      }),
    ],
  });
  await gotoScreen(page, '#/queue', 'Queue');
  const titles = page.locator('.queue-row .queue-row__title');
  await expect(titles).toHaveText(['Payroll export failing', 'Carrier labels missing']);
  await expect(page.locator('.queue-row').first()).toContainText('At risk · 30 working min left');
  expect(workers.some((url) => /queue\.worker/.test(url))).toBe(true);

  // An hour later Paris has closed at 18:00 (its clock stopped at due), New York has not: the
  // New York incident is 15 min overdue and now comes first.
  await page.clock.fastForward('01:00:00');
  await expect(titles).toHaveText(['Carrier labels missing', 'Payroll export failing']);
  await expect(page.locator('.queue-row').first()).toContainText(
    'Breached · 15 working min overdue',
  );
  await page.getByRole('checkbox', { name: 'Breached' }).check();
  await expect(page.getByText('2 of 2 open incidents')).toBeVisible();
  expect(errors()).toEqual([]);
});
