import { useTranslation } from 'react-i18next';
import { PLAN_IDS, type PlanId } from '@shared/domain/types';
import type { TierThresholds } from '@shared/plans/index';
import { SelectField, TextField } from '../../ui/Field';
import type { AccountDraft } from './draft';
import { fieldId, translateMessage } from './errors';
import { TierSuggestion } from './TierSuggestion';
import { maxLengthOf } from '../../ui/limits';

let zones: string[] | null = null;
/** IANA zones the runtime knows, computed once. */
function timeZones(): string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

interface Props {
  draft: AccountDraft;
  errors: Record<string, string>;
  thresholds: TierThresholds;
  onChange: (patch: Partial<AccountDraft>) => void;
}

/** Name, plan (with the tier the amount suggests), amount, subscription start, time zone. */
export function GeneralSection({ draft, errors, thresholds, onChange }: Props) {
  const { t } = useTranslation();
  const error = (target: string) => {
    const message = errors[target];
    return message === undefined ? undefined : translateMessage(message, t);
  };
  return (
    <fieldset className="card form-grid">
      <legend>{t('accounts.form.general')}</legend>
      <TextField
        id={fieldId('name')}
        label={t('accounts.form.name')}
        required
        maxLength={maxLengthOf('name')}
        autoComplete="off"
        hint={
          // Stored before the limit: kept as it is until edited, then it must fit.
          draft.name.length > maxLengthOf('name')
            ? t('common.tooLong', { max: maxLengthOf('name') })
            : undefined
        }
        value={draft.name}
        error={error('name')}
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <SelectField
        id={fieldId('plan')}
        label={t('accounts.form.plan')}
        value={draft.plan}
        error={error('plan')}
        options={PLAN_IDS.map((p) => ({ value: p, label: t(`accounts.plans.${p}`) }))}
        onChange={(e) => onChange({ plan: e.target.value as PlanId })}
      />
      <div className="form-grid__wide form-grid__pair">
        <TextField
          id={fieldId('annualSaasAmount')}
          label={t('accounts.form.amount')}
          hint={t('accounts.form.amountHint')}
          type="number"
          required
          min={0}
          step="any"
          inputMode="decimal"
          value={draft.annualSaasAmount}
          error={error('annualSaasAmount')}
          onChange={(e) => onChange({ annualSaasAmount: e.target.value })}
        />
        <TierSuggestion
          amount={draft.annualSaasAmount}
          plan={draft.plan}
          thresholds={thresholds}
          onUse={(plan) => onChange({ plan })}
        />
      </div>
      <TextField
        id={fieldId('subscriptionStart')}
        label={t('accounts.form.subscriptionStart')}
        hint={t('accounts.form.subscriptionStartHint')}
        type="date"
        required
        value={draft.subscriptionStart}
        error={error('subscriptionStart')}
        onChange={(e) => onChange({ subscriptionStart: e.target.value })}
      />
      <TextField
        id={fieldId('timeZone')}
        label={t('accounts.form.timeZone')}
        hint={t('accounts.form.timeZoneHint')}
        required
        list="time-zones"
        autoComplete="off"
        spellCheck={false}
        value={draft.timeZone}
        error={error('timeZone')}
        onChange={(e) => onChange({ timeZone: e.target.value })}
      />
      <datalist id="time-zones">
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </fieldset>
  );
}
