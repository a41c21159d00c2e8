import { useTranslation } from 'react-i18next';
import { Check, Minus } from 'lucide-react';
import type { PlanId } from '@shared/domain/types';
import { describeEntitlements } from '@shared/plans/index';
import { uiLang } from '../labels';
import { PlanComparison } from './PlanComparison';

/** What the client's plan gives, and what it does not, in plain words; folded by default. */
export function EntitlementsCard({ plan }: { plan: PlanId }) {
  const { t, i18n } = useTranslation();
  const { included, notIncluded } = describeEntitlements(plan, uiLang(i18n.language));
  return (
    <section className="card entitlements-card" aria-labelledby="entitlements-heading">
      {/* Folded: the plan rarely changes, the page leads with what does (AccountGlance). */}
      <details data-testid="entitlements-details">
        <summary>
          <h2 id="entitlements-heading">
            {t('accounts.detail.entitlements')} · {t(`accounts.plans.${plan}`)}
          </h2>
          <span className="hint">
            {t('accounts.detail.planDetails', {
              included: included.length,
              excluded: notIncluded.length,
            })}
          </span>
        </summary>
        <div className="entitlements">
          <div>
            <h3>{t('accounts.detail.included')}</h3>
            <ul data-testid="entitlements-included">
              {included.map((line) => (
                <li key={line} className="yes">
                  <Check size={16} aria-hidden="true" />
                  {line}
                </li>
              ))}
            </ul>
          </div>
          {notIncluded.length > 0 ? (
            <div>
              <h3>{t('accounts.detail.notIncluded')}</h3>
              <ul data-testid="entitlements-excluded">
                {notIncluded.map((line) => (
                  <li key={line} className="no">
                    <Minus size={16} aria-hidden="true" />
                    {line}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <PlanComparison plan={plan} />
      </details>
    </section>
  );
}
