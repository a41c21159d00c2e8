import { useTranslation } from 'react-i18next';
import { PLAN_IDS, type PlanId } from '@shared/domain/types';
import { SelectField, TextField } from '../../ui/Field';
import type { AccountFilters } from './filters';

interface Props {
  filters: AccountFilters;
  people: { csms: string[]; sdms: string[] };
  onChange: (filters: AccountFilters) => void;
}

export function FiltersBar({ filters, people, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<AccountFilters>) => onChange({ ...filters, ...patch });
  const options = (names: string[], any: string) => [
    { value: '', label: any },
    ...names.map((n) => ({ value: n, label: n })),
  ];
  return (
    <search className="filters" aria-label={t('accounts.list.search')}>
      <TextField
        label={t('accounts.list.search')}
        hint={t('accounts.list.searchHint')}
        type="search"
        value={filters.query}
        onChange={(e) => set({ query: e.target.value })}
      />
      <SelectField
        label={t('accounts.list.plan')}
        value={filters.plan}
        options={[
          { value: '', label: t('accounts.list.anyPlan') },
          ...PLAN_IDS.map((p) => ({ value: p, label: t(`accounts.plans.${p}`) })),
        ]}
        onChange={(e) => set({ plan: e.target.value as PlanId | '' })}
      />
      <SelectField
        label={t('accounts.list.csm')}
        value={filters.csm}
        options={options(people.csms, t('accounts.list.anyCsm'))}
        onChange={(e) => set({ csm: e.target.value })}
      />
      <SelectField
        label={t('accounts.list.sdm')}
        value={filters.sdm}
        options={options(people.sdms, t('accounts.list.anySdm'))}
        onChange={(e) => set({ sdm: e.target.value })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.breached}
          onChange={(e) => set({ breached: e.target.checked })}
        />
        {t('accounts.list.breachedOnly')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.atRisk}
          onChange={(e) => set({ atRisk: e.target.checked })}
        />
        {t('accounts.list.atRiskOnly')}
      </label>
    </search>
  );
}
