import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import type { PlanId } from '@shared/domain/types';
import { interfaceUsage } from '@shared/quota/index';

interface Props {
  plan: PlanId;
  count: number;
}

/** "5 of 6 included", and a flag when the list goes beyond the plan's allowance. */
export function InterfaceUsageNote({ plan, count }: Props) {
  const { t } = useTranslation();
  const usage = interfaceUsage({
    id: '',
    plan,
    subscriptionStart: '2000-01-01',
    timeZone: 'UTC',
    monitoredInterfaces: Array.from({ length: count }),
  });
  return (
    <p className="interface-usage" data-testid="interface-usage">
      <span>{t('accounts.form.usage', { used: usage.used, included: usage.included })}</span>
      {usage.needsWorkOrder ? (
        <span className="badge badge--warning">
          <AlertTriangle size={14} aria-hidden="true" />
          {t('accounts.form.overage', { count: usage.overage })}
        </span>
      ) : null}
    </p>
  );
}
