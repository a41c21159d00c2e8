import { AlertTriangle, CheckCircle2, CircleSlash } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatAmount, quotaState } from './format';
import type { QuotaLine } from './usage';

const LOOK = {
  over: { icon: AlertTriangle, tone: 'danger' },
  full: { icon: CircleSlash, tone: 'warning' },
  ok: { icon: CheckCircle2, tone: 'success' },
} as const;

/** Quota status as icon + text + colour; an overage says it needs a work order. */
export function QuotaStatus({ line, short = false }: { line: QuotaLine; short?: boolean }) {
  const { t, i18n } = useTranslation();
  const state = quotaState(line);
  const { icon: Icon, tone } = LOOK[state];
  const text =
    state === 'over'
      ? short
        ? t('quotas.status.overShort')
        : t('quotas.status.over', { overage: formatAmount(line, line.overage, i18n.language) })
      : t(`quotas.status.${state}`);
  return (
    <span className={`badge badge--${tone} quota-status`}>
      <Icon size={14} aria-hidden="true" />
      {text}
    </span>
  );
}
