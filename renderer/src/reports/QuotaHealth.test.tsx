import type { BusinessReview, QuotaRow } from '@shared/reports/index';
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { reportFormat } from './format';
import { QuotaTable } from './QuotaHealth';

const row = (over: Partial<QuotaRow>): QuotaRow => ({
  metric: 'extension-incidents',
  period: '2026-03',
  used: 3,
  included: 4,
  overage: 0,
  coverage: 'none',
  uncovered: 0,
  orders: [],
  ...over,
});
const order = (status: 'signed' | 'requested', reference: string | null, quantity = 1) => ({
  id: `wo-${reference ?? status}`,
  reference,
  status,
  quantity,
});

/** Each body row as 'cell | cell | …', spaces collapsed. */
function table(rows: QuotaRow[], lang = 'en'): string[] {
  const review = { quota: rows } as unknown as BusinessReview;
  render(<QuotaTable review={review} fmt={reportFormat(lang)} />);
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      Array.from(r.querySelectorAll('td, th'), (c) =>
        c.textContent.replace(/\s+/g, ' ').trim(),
      ).join(' | '),
    );
}

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('the review’s quota table says how each overage is covered', () => {
  it(
    'covered by a signed order, requested, needs one, or partly covered',
    { timeout: 30_000 },
    () => {
      const [covered, requested, needs, partial, within_] = table([
        row({
          used: 5,
          overage: 1,
          coverage: 'covered',
          orders: [order('signed', 'PS-2026-0101')],
        }),
        row({
          period: '2026-02',
          used: 5,
          overage: 1,
          coverage: 'requested',
          orders: [order('requested', null)],
        }),
        row({ period: '2026-01', used: 6, overage: 2, coverage: 'needs-work-order', uncovered: 2 }),
        row({
          metric: 'extension-hours',
          period: '2026-03',
          used: 980 / 60 + 1,
          included: 16,
          overage: 20 / 60 + 1,
          coverage: 'needs-work-order',
          uncovered: 20 / 60,
          orders: [order('signed', 'PS-7')],
        }),
        row({ period: '2025-12' }),
      ]);
      expect(covered).toContain('1 covered by work order PS-2026-0101, signed');
      expect(covered).not.toContain('needs');
      expect(requested).toContain('1 work order requested');
      expect(requested).not.toContain('needs');
      expect(needs).toContain('2 needs a work order');
      // Hours to the hundredth with their unit, as on the Quotas screen: 17 h 20 min is 17.33 h.
      expect(partial).toContain('| 17.33 h | 16 h |');
      expect(partial).toContain('covered by work order PS-7, signed');
      expect(partial).toContain('0.33 h · needs a work order');
      expect(within_).toMatch(/\| 3 \| 4 \| 0$/);
      expect(within_).not.toContain('work order');
    },
  );

  it('in French too', async () => {
    await i18next.changeLanguage('fr');
    try {
      const [covered, requested] = table(
        [
          row({ used: 5, overage: 1, coverage: 'covered', orders: [order('signed', 'PS-1')] }),
          row({
            period: '2026-02',
            used: 5,
            overage: 1,
            coverage: 'requested',
            orders: [order('requested', null)],
          }),
        ],
        'fr',
      );
      expect(covered).toContain('couvert par l’ordre de travail PS-1, signé');
      expect(requested).toContain('ordre de travail demandé');
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});

describe('one date and number format per language', () => {
  it('writes an annual quota period as two dates in words, hours with their unit', () => {
    const annual = row({
      metric: 'special-events',
      period: '2026-03-01 – 2027-02-28',
      used: 1,
      included: 2,
    });
    const hours = row({ metric: 'extension-hours', period: '2026-02', used: 11.5, included: 16 });
    const [en1, en2] = table([annual, hours]);
    expect(en1).toBe('Special events | 1 March 2026 – 28 February 2027 | 1 | 2 | 0');
    expect(en2).toBe('Extension hours | Feb 2026 | 11.5 h | 16 h | 0 h');
    cleanup();
    const [fr1, fr2] = table([annual, hours], 'fr');
    expect(fr1).toContain('| 1 mars 2026 – 28 février 2027 |');
    expect(fr2).toContain('| 11,5 h | 16 h |');
  });
});
