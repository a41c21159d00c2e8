import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/Field';
import { periodText, usageText } from './format';
import { QuotaChart } from './QuotaChart';
import { QuotaStatus } from './QuotaStatus';
import type { AccountQuotaUsage } from './usage';

type HistoryKind = keyof AccountQuotaUsage['history'];

/** Usage by period for one quota: a chart and the same numbers as a table. */
export function QuotaHistory({ usage, kinds }: { usage: AccountQuotaUsage; kinds: HistoryKind[] }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<HistoryKind>(kinds[0] ?? 'special-events');
  const lines = usage.history[kind];
  const over = lines.filter((l) => l.needsWorkOrder).length;
  // Oldest first on the chart, newest first in the table.
  const chronological = [...lines].reverse();
  return (
    <div className="quota-block">
      <div className="quota-block__header">
        <h3>{t('quotas.section.history')}</h3>
        <SelectField
          label={t('quotas.filters.kind')}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as HistoryKind);
          }}
          options={kinds.map((k) => ({ value: k, label: t(`quotas.kind.${k}`) }))}
        />
      </div>
      <QuotaChart
        title={t('quotas.section.historyOf', { kind: t(`quotas.kind.${kind}`) })}
        description={t('quotas.chart.desc', { count: lines.length, over })}
        data={chronological.map((l) => ({
          label: periodText(l, i18n.language),
          used: l.used,
          included: l.included,
          over: l.needsWorkOrder,
          text: usageText(t, l, i18n.language),
        }))}
      />
      <table className="table table--rowheads">
        <caption className="visually-hidden">
          {t('quotas.section.historyOf', { kind: t(`quotas.kind.${kind}`) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('quotas.period')}</th>
            <th scope="col">{t('quotas.table.usage')}</th>
            <th scope="col">{t('quotas.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.period?.startDate ?? 'none'}>
              <th scope="row">{periodText(l, i18n.language)}</th>
              <td>{usageText(t, l, i18n.language)}</td>
              <td>
                <QuotaStatus line={l} short />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
