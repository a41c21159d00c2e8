/** How quota numbers and periods read in the UI language. */
import type { TFunction } from 'i18next';
import type { QuotaLine } from './usage';
import { dateTimeFormat, numberFormat } from '@shared/intl';

export function formatAmount(line: Pick<QuotaLine, 'kind'>, n: number, lang: string): string {
  return numberFormat(lang, {
    maximumFractionDigits: line.kind === 'extension-hours' ? 2 : 0,
  }).format(n);
}

export function usageText(t: TFunction, line: QuotaLine, lang: string): string {
  const used = formatAmount(line, line.used, lang);
  const included = formatAmount(line, line.included, lang);
  return line.kind === 'extension-hours'
    ? t('quotas.hoursOf', { used, included })
    : t('quotas.usedOf', { used, included });
}

const day = (date: string, lang: string) =>
  dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** 'March 2026' for a month, '15 Mar 2025 – 14 Mar 2026' for a subscription year. */
export function periodText(line: Pick<QuotaLine, 'kind' | 'period'>, lang: string): string {
  // Interfaces count in total; their period only dates the work orders that cover them.
  if (line.kind === 'interfaces') return '';
  return coveredPeriodText(line, lang);
}

/** The period a work order for the quota covers: a month, or a subscription year. */
export function coveredPeriodText(line: Pick<QuotaLine, 'kind' | 'period'>, lang: string): string {
  const p = line.period;
  if (p === null) return '';
  if (line.kind === 'extension-incidents' || line.kind === 'extension-hours') {
    return dateTimeFormat(lang, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${p.startDate}T00:00:00Z`));
  }
  const last = new Date(Date.parse(`${p.endDate}T00:00:00Z`) - 86_400_000);
  return `${day(p.startDate, lang)} – ${day(last.toISOString().slice(0, 10), lang)}`;
}

/** 'over': part of the overage has no work order; 'covered'/'requested': work orders have it. */
export type QuotaState = 'over' | 'requested' | 'covered' | 'full' | 'ok';

export function quotaState(line: QuotaLine): QuotaState {
  const { status } = line.coverage;
  if (status === 'needs-work-order') return 'over';
  if (status === 'requested' || status === 'covered') return status;
  return line.remaining === 0 ? 'full' : 'ok';
}

/** The references of the orders covering a line ('PS-1, PS-2'); '' when none has one. */
export function orderRefs(orders: ReadonlyArray<{ reference: string | null }>): string {
  return orders
    .flatMap((o) => (o.reference === null || o.reference.trim() === '' ? [] : [o.reference]))
    .join(', ');
}
