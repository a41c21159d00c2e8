import { generateDemoWorkspace } from '@shared/demo/index';
import type { Account } from '@shared/schemas/index';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { BusinessReviewView } from './BusinessReviewView';

const NOW = new Date('2026-04-15T10:00:00Z');
const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const demo = generateDemoWorkspace({ seed: 5, now: NOW, accounts: 2, incidents: 40 });
const first = demo.accounts[0];
if (!first) throw new Error('no demo account');

function show(account: Account) {
  render(
    <MemoryRouter>
      <BusinessReviewView
        source={{ account, data: demo }}
        settings={demo.settings}
        period={Q1}
        now={NOW}
        headingLevel="h1"
      />
    </MemoryRouter>,
  );
}

const heading = (name: RegExp) => screen.getByRole('heading', { level: 2, name });

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('business review on screen', () => {
  // Two full renders with charts: slow on a loaded 2-core machine.
  it('dates what is only known today, in English and French', { timeout: 30_000 }, async () => {
    const account = { ...first, timeZone: 'UTC' };
    show(account);
    expect(heading(/^Open incidents in the client’s ranking as of 15 April 2026$/)).toBeTruthy();
    expect(heading(/^Open action items as of 15 April 2026$/)).toBeTruthy();
    expect(heading(/^Pending work orders as of 15 April 2026$/)).toBeTruthy();
    expect(screen.getByText('Open at the end of the period')).toBeTruthy();

    cleanup();
    await i18next.changeLanguage('fr');
    show(account);
    expect(heading(/^Incidents ouverts dans l’ordre du client au 15 avril 2026$/)).toBeTruthy();
    expect(heading(/^Actions ouvertes au 15 avril 2026$/)).toBeTruthy();
    expect(heading(/^Ordres de travail en attente au 15 avril 2026$/)).toBeTruthy();
  });

  it('says "not enough data" instead of a health score before the account existed', () => {
    show({ ...first, subscriptionStart: '2026-06-01' });
    const score = screen.getByTestId('health-score');
    expect(score.textContent).toContain('Not enough data for a score.');
    expect(within(score).queryByText(/\/ 100/)).toBeNull();
    expect(screen.getByTestId('subscription-note').textContent).toBe(
      'The subscription started on 1 June 2026, after this period: there is nothing to score.',
    );
  });

  it('gives a score when the account existed through the period', () => {
    show({ ...first, subscriptionStart: '2024-01-01' });
    expect(screen.getByTestId('health-score').textContent).toMatch(/\d+ \/ 100/);
    expect(screen.queryByTestId('subscription-note')).toBeNull();
  });

  it('says the score starts with the subscription when it started during the period', () => {
    show({ ...first, subscriptionStart: '2026-02-15' });
    expect(screen.getByTestId('subscription-note').textContent).toBe(
      'The subscription started on 15 February 2026: the health score covers the period from that day on.',
    );
  });
});
