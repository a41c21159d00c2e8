import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { EntitlementsCard } from './EntitlementsCard';

beforeAll(async () => {
  await initI18n('en');
});

describe('EntitlementsCard', () => {
  it('never lists Essential’s 24x5 as not included on a CareFor plan', () => {
    render(<EntitlementsCard plan="carefor-enterprise" />);
    expect(screen.queryByTestId('entitlements-excluded')).toBeNull();
    const included = screen.getByTestId('entitlements-included');
    expect(included.textContent).not.toContain('24x5');
  });

  it('compares the plans Premium → Enterprise, with Essential on its own', () => {
    render(<EntitlementsCard plan="carefor-business" />);
    const comparison = screen.getByTestId('plan-comparison');
    const headings = within(comparison)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Premium',
      'CareFor Business adds to Premium',
      'CareFor Business Plus adds to CareFor Business',
      'CareFor Enterprise adds to CareFor Business Plus',
      'Essential: a separate support track',
    ]);
    const current = comparison.querySelector('[aria-current="true"]');
    expect(current?.textContent).toContain('A designated Service Delivery Manager');
  });
});
