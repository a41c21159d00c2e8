import { AlertTriangle, CheckCircle2, CircleSlash, FileCheck2, Hourglass } from 'lucide-react';
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

/**
 * Quota status as icon + text + colour. An overage says whether it needs a work order (for the
 * part no order covers), has one requested, or is covered by a signed one.
 */
export function QuotaStatus({ line, short = false }: { line: QuotaLine; short?: boolean }) {
  const { t, i18n } = useTranslation();
  const state = quotaState(line);
  const { icon: Icon, tone } = LOOK[state];
  const amount = (n: number) => formatAmount(line, n, i18n.language);
  const overage = amount(line.overage);
  const { coverage } = line;
  const refs = orderRefs(coverage.orders.filter((o) => o.status === 'signed'));
  const text =
    state === 'over'
      ? short
        ? t('quotas.status.overShort')
        : coverage.signed + coverage.requested > 0
          ? t('quotas.status.overRemainder', { overage, uncovered: amount(coverage.uncovered) })
          : t('quotas.status.over', { overage })
      : state === 'requested'
        ? short
          ? t('quotas.status.requestedShort')
          : t('quotas.status.requested', { overage })
        : state === 'covered'
          ? short
            ? t('quotas.status.coveredShort')
            : refs === ''
              ? t('quotas.status.coveredNoRef', { overage })
              : t('quotas.status.covered', { overage, refs })
          : t(`quotas.status.${state}`);
  return (
    <span className={`badge badge--${tone} quota-status`}>
      <Icon size={14} aria-hidden="true" />
      {text}
    </span>
  );
}
