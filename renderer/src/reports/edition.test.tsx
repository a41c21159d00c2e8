import type { BusinessReview } from '@shared/reports/index';
import type { Incident } from '@shared/schemas/index';
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { RANKING_TOP, reviewOptions, reviewQuery, summarise } from './edition';
import { reportFormat } from './format';
import { RankingAppendix, RankingSection } from './RankingSection';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('review editions', () => {
  it('is the client edition without appendix unless the route says otherwise', () => {
    const o = (q: string) => reviewOptions(new URLSearchParams(q));
    expect(o('')).toEqual({ edition: 'client', appendix: false });
    expect(o('edition=bogus')).toEqual({ edition: 'client', appendix: false });
    expect(o('edition=internal')).toEqual({ edition: 'internal', appendix: true });
    expect(o('edition=internal&appendix=0')).toEqual({ edition: 'internal', appendix: false });
    expect(o('appendix=1')).toEqual({ edition: 'client', appendix: true });
    expect(o(reviewQuery({ edition: 'internal', appendix: false }))).toEqual({
      edition: 'internal',
      appendix: false,
    });
  });

  it('summarises a long list: the first 20, and how many more', () => {
    const rows = Array.from({ length: 23 }, (_, i) => i);
    expect(RANKING_TOP).toBe(20);
    expect(summarise(rows)).toEqual({ shown: rows.slice(0, 20), more: 3 });
    expect(summarise(rows.slice(0, 5))).toEqual({ shown: rows.slice(0, 5), more: 0 });
  });
});

const incident = (n: number) =>
  ({
    id: `inc-${String(n)}`,
    title: `Incident ${String(n)}`,
    severity: 3,
    status: 'in-progress',
    reportedAt: '2026-04-01T10:00:00.000Z',
  }) as Incident;

const reviewWith = (open: number) =>
  ({
    account: { timeZone: 'UTC' },
    asOf: new Date('2026-04-15T10:00:00Z'),
    rankedOpen: Array.from({ length: open }, (_, i) => incident(i + 1)),
  }) as unknown as BusinessReview;

const bodyRows = () => screen.getAllByRole('row').length - screen.getAllByRole('table').length;

describe('the ranking in the review', () => {
  it('lists the first 20 of 23 and says "and 3 more"; the appendix lists all', () => {
    const review = reviewWith(23);
    const fmt = reportFormat('en');
    render(<RankingSection review={review} fmt={fmt} appendix={false} />);
    expect(bodyRows()).toBe(20);
    expect(screen.queryByText('Incident 21')).toBeNull();
    expect(screen.getByTestId('ranking-more').textContent).toBe(
      'And 3 more open incidents (23 in all).',
    );
    cleanup();
    render(<RankingSection review={review} fmt={fmt} appendix />);
    expect(screen.getByTestId('ranking-more').textContent).toBe(
      'And 3 more open incidents: the appendix lists all 23.',
    );
    cleanup();
    render(<RankingAppendix review={review} fmt={fmt} />);
    expect(bodyRows()).toBe(23);
    expect(screen.getByText('Incident 23')).toBeTruthy();
  });

  it('says nothing more for a short list, and needs no appendix; French says one more', async () => {
    const fmt = reportFormat('en');
    render(<RankingSection review={reviewWith(20)} fmt={fmt} appendix />);
    expect(screen.queryByTestId('ranking-more')).toBeNull();
    cleanup();
    const { container } = render(<RankingAppendix review={reviewWith(20)} fmt={fmt} />);
    expect(container.textContent).toBe('');
    cleanup();
    await i18next.changeLanguage('fr');
    render(<RankingSection review={reviewWith(21)} fmt={reportFormat('fr')} appendix={false} />);
    expect(screen.getByTestId('ranking-more').textContent).toBe(
      'Et 1 autre incident ouvert (21 en tout).',
    );
    expect(screen.getAllByText('Gravité 3')).toHaveLength(20);
  });
});

describe('one format per language', () => {
  it('spells dates out, writes percentages and hours the language’s way', () => {
    const en = reportFormat('en');
    const fr = reportFormat('fr');
    expect(en.instant('2026-04-15T23:30:00Z', 'Europe/Paris')).toBe('16 April 2026');
    expect(en.day('2026-04-15')).toBe('15 April 2026');
    expect(fr.instant('2026-04-15T10:00:00Z', 'UTC')).toBe('15 avril 2026');
    expect(en.percent(84.2)).toBe('84.2%');
    expect(fr.percent(84.2)).toMatch(/^84,2[\u00a0\u202f]%$/);
    expect(en.hours(11.5)).toBe('11.5\u00a0h');
    expect(fr.hours(17 + 1 / 3)).toBe('17,33\u00a0h');
  });
});
