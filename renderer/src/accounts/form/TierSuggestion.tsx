import { useTranslation } from 'react-i18next';
import { explainCareForTier, suggestCareForTier, type TierThresholds } from '@shared/plans/index';
import type { PlanId } from '@shared/domain/types';
import { uiLang } from '../labels';

interface Props {
  amount: string;
  plan: PlanId;
  thresholds: TierThresholds;
  onUse: (plan: PlanId) => void;
}

/** The CareFor tier the annual amount points to, why, and a one-click way to take it. */
export function TierSuggestion({ amount, plan, thresholds, onUse }: Props) {
  const { t, i18n } = useTranslation();
  const value = amount.trim() === '' ? Number.NaN : Number(amount);
  const valid = Number.isFinite(value) && value >= 0;
  const suggested = valid ? suggestCareForTier(value, thresholds) : null;
  return (
    <div className="tier-suggestion" aria-live="polite" data-testid="tier-suggestion">
      {valid ? (
        <>
          <p className="tier-suggestion__why">
            <strong>{t('accounts.form.suggestion')}: </strong>
            {explainCareForTier(value, thresholds, uiLang(i18n.language))}
          </p>
          {suggested === null ? null : suggested === plan ? (
            <p className="hint">{t('accounts.form.suggestionApplied')}</p>
          ) : (
            <button type="button" onClick={() => onUse(suggested)}>
              {t('accounts.form.useSuggested', { plan: t(`accounts.plans.${suggested}`) })}
            </button>
          )}
        </>
      ) : null}
    </div>
  );
}
