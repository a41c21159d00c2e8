import { FilePlus2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatAmount, periodText, usageText } from './format';
import { QuotaStatus } from './QuotaStatus';
import type { QuotaLine } from './usage';

interface Props {
  lines: QuotaLine[];
  /** Proposes a work order for the part of the line's overage no order covers. */
  onRecordOrder: (line: QuotaLine) => void;
}

/**
 * One card per quota: used of included, period, status, and the work-order action while part of
 * the overage has no signed or requested order.
 */
export function CurrentQuotas({ lines, onRecordOrder }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="quota-cards">
      {lines.map((line) => (
        <li
          key={line.kind}
          className={`quota-card${line.needsWorkOrder ? ' quota-card--over' : ''}`}
          aria-label={t(`quotas.kind.${line.kind}`)}
        >
          <h3>{t(`quotas.kind.${line.kind}`)}</h3>
          <span className="quota-card__usage">{usageText(t, line, i18n.language)}</span>
          <span className="quota-card__period">
            {periodText(line, i18n.language) || t(`quotas.per.${line.kind}`)}
            {line.remaining > 0
              ? ` · ${t('quotas.remaining', { remaining: formatAmount(line, line.remaining, i18n.language) })}`
              : ''}
          </span>
          <QuotaStatus line={line} />
          {line.needsWorkOrder ? (
            <button
              type="button"
              onClick={() => {
                onRecordOrder(line);
              }}
            >
              <FilePlus2 size={16} aria-hidden="true" /> {t('quotas.section.recordWorkOrder')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
