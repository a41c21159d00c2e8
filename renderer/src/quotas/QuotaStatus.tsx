import { AlertTriangle, CheckCircle2, CircleSlash, FileCheck2, Hourglass } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatAmount, orderRefs, quotaState } from './format';
import type { QuotaLine } from './usage';

const LOOK = {
  over: { icon: AlertTriangle, tone: 'danger' },
  requested: { icon: Hourglass, tone: 'warning' },
  covered: { icon: FileCheck2, tone: 'success' },
  full: { icon: CircleSlash, tone: 'warning' },
  ok: { icon: CheckCircle2, tone: 'success' },
} as const;

/** What a status badge says: the state, and for an overage what covers it. */
function statusText(t: TFunction, line: QuotaLine, short: boolean, lang: string): string {
  const state = quotaState(line);
  const amount = (n: number) => formatAmount(line, n, lang);
  const overage = amount(line.overage);
  const { signed, requested, uncovered, orders } = line.coverage;
  switch (state) {
    case 'over':
      if (short) return t('quotas.status.overShort');
      return signed + requested > 0
        ? t('quotas.status.overRemainder', { overage, uncovered: amount(uncovered) })
        : t('quotas.status.over', { overage });
    case 'requested':
      return short ? t('quotas.status.requestedShort') : t('quotas.status.requested', { overage });
    case 'covered': {
      if (short) return t('quotas.status.coveredShort');
      const refs = orderRefs(orders.filter((o) => o.status === 'signed'));
      return refs === ''
        ? t('quotas.status.coveredNoRef', { overage })
        : t('quotas.status.covered', { overage, refs });
    }
    default:
      return t(`quotas.status.${state}`);
  }
}

/**
 * Quota status as icon + text + colour. An overage says whether it needs a work order (for the
 * part no order covers), has one requested, or is covered by a signed one.
 */
export function QuotaStatus({ line, short = false }: { line: QuotaLine; short?: boolean }) {
  const { t, i18n } = useTranslation();
  const { icon: Icon, tone } = LOOK[quotaState(line)];
  return (
    <span className={`badge badge--${tone} quota-status`}>
      <Icon size={14} aria-hidden="true" />
      {statusText(t, line, short, i18n.language)}
    </span>
  );
}
