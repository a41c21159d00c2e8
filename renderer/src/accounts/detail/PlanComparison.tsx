import { useTranslation } from 'react-i18next';
import type { PlanId } from '@shared/domain/types';
import { comparePlans } from '@shared/plans/index';
import { uiLang } from '../labels';

/**
 * How the plans compare, folded away under the plan's entitlements: the ladder Premium →
 * Enterprise rung by rung (what each adds), and Essential on its own as a separate track.
 */
export function PlanComparison({ plan }: { plan: PlanId }) {
  const { t, i18n } = useTranslation();
  const { essential, ladder } = comparePlans(uiLang(i18n.language));
  const planName = (p: PlanId) => t(`accounts.plans.${p}`);
  return (
    <details className="plan-comparison" data-testid="plan-comparison">
      <summary>{t('accounts.detail.compare.title')}</summary>
      <ol className="plan-comparison__ladder">
        {ladder.map((rung, k) => (
          <li
            key={rung.plan}
            className={rung.plan === plan ? 'plan-comparison__rung--current' : undefined}
            aria-current={rung.plan === plan ? true : undefined}
          >
            <h3>
              {k === 0
                ? t('accounts.detail.compare.base', { plan: planName(rung.plan) })
                : t('accounts.detail.compare.adds', {
                    plan: planName(rung.plan),
                    below: planName(ladder[k - 1]?.plan ?? rung.plan),
                  })}
            </h3>
            <ul>
              {rung.adds.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div
        className={
          plan === 'essential'
            ? 'plan-comparison__essential plan-comparison__rung--current'
            : 'plan-comparison__essential'
        }
      >
        <h3>{t('accounts.detail.compare.essential', { plan: planName('essential') })}</h3>
        <p className="hint">{t('accounts.detail.compare.essentialNote')}</p>
        <ul>
          {essential.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
