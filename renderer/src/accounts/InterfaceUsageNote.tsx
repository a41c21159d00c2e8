import { useTranslation } from 'react-i18next';
import { AlertTriangle, FileCheck2 } from 'lucide-react';
import type { PlanId } from '@shared/domain/types';
import { quotaLine } from '@shared/quota/index';
import { useAccountQuotaData } from '../db/quotas';

interface Props {
  plan: PlanId;
  count: number;
  /** The stored account, when there is one: its work orders may cover the overage. */
  account?: { id: string; subscriptionStart: string; timeZone: string } | undefined;
}

/**
 * "5 of 6 included", and a flag when the list goes beyond the plan's allowance — counted with the
 * one quota function, so an overage a signed (or requested) work order covers is said so, never
 * flagged as needing another.
 */
export function InterfaceUsageNote({ plan, count, account }: Props) {
  const { t } = useTranslation();
  const data = useAccountQuotaData(account?.id ?? '');
  const countWith = (a: NonNullable<Props['account']> | undefined) =>
    quotaLine(
      'interfaces',
      {
        id: a?.id ?? '',
        plan,
        subscriptionStart: a?.subscriptionStart ?? '2000-01-01',
        timeZone: a?.timeZone ?? 'UTC',
        monitoredInterfaces: Array.from({ length: count }),
      },
      { specialEvents: [], incidents: [], timeEntries: [], workOrders: data?.workOrders ?? [] },
      new Date(),
    );
  let line;
  try {
    line = countWith(account);
  } catch {
    // A form still being typed (e.g. a half-entered start date): count without work orders.
    line = countWith(undefined);
  }
  const { uncovered, requested } = line.coverage;
  return (
    <p className="interface-usage" data-testid="interface-usage">
      <span>{t('accounts.form.usage', { used: line.used, included: line.included })}</span>
      {uncovered > 0 ? (
        <span className="badge badge--warning">
          <AlertTriangle size={14} aria-hidden="true" />
          {t('accounts.form.overage', { count: uncovered })}
        </span>
      ) : line.overage > 0 ? (
        <span className="badge badge--neutral">
          <FileCheck2 size={14} aria-hidden="true" />
          {requested > 0
            ? t('accounts.form.overageRequested', { count: line.overage })
            : t('accounts.form.overageCovered', { count: line.overage })}
        </span>
      ) : null}
    </p>
  );
}
