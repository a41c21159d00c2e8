import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';
import { seed, seedAccount, seedIncident } from './seed';

/*
 * One truth over an incident's whole life: a severity-1 incident answered late and then lowered
 * to 3 keeps its response breach — on the incident page and in the business review PDF read
 * back with pdftotext. The expected figures are worked out here by hand from the seeded times:
 * severity 1 on Premium runs 24x7 with 1 h to respond; the answer came at 1 h 30.
 */

const MIN = 60_000;
const tmp = mkdtempSync(join(tmpdir(), 'steward-sla-truth-'));
const dayKey = (t: number) => new Date(t).toISOString().slice(0, 10);

test('a breached severity 1 lowered to 3 stays breached on its page and in the review PDF', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // Ten days ago at 07:00 UTC; everything happens within that morning.
  const reported = Date.UTC(
    new Date().getUTCFullYear(),
    new Date().getUTCMonth(),
    new Date().getUTCDate() - 10,
    7,
  );
  const at = (minutes: number) => new Date(reported + minutes * MIN).toISOString();
  const by = 'Claire Martin';
  await seed(page, {
    accounts: [
      seedAccount({
        id: 'acc',
        name: 'Nordhavn Logistics',
        plan: 'premium',
        annualSaasAmount: 200_000,
      }),
    ],
    incidents: [
      seedIncident({
        id: 'inc',
        accountId: 'acc',
        title: 'Payroll export down',
        severity: 3,
        severityHistory: [{ at: at(120), by, from: 1, to: 3 }],
        status: 'resolved',
        statusHistory: [
          { at: at(0), by, from: null, to: 'new' },
          { at: at(150), by, from: 'new', to: 'resolved' },
        ],
        reportedAt: at(0),
        respondedAt: at(90),
        resolvedAt: at(150),
      }),
    ],
  });

  // The incident page: severity 3 now, but the response (given under severity 1) was late.
  await page.goto('#/incidents/inc');
  const sla = page.locator('section[aria-labelledby="incident-sla"]');
  await expect(sla).toContainText('Breached');

  // The review for a period around it, printed as the app prints it, read back.
  const from = dayKey(reported - 24 * 60 * MIN);
  const to = dayKey(Date.now());
  await page.goto(`#/print/review/acc?from=${from}&to=${to}`);
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  const pdfPath = join(tmp, 'review.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const laid = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(
    /[ \t]+/g,
    ' ',
  );
  // One incident: its response breached (under severity 1), its resolution met (under 3).
  expect(laid).toMatch(/Response SLA met 0 ?%/);
  expect(laid).toMatch(/Resolution SLA met 100 ?%/);
  expect(laid).toContain('Incidents with a breach 1');
  expect(errors()).toEqual([]);
});
