import type { Account } from '@shared/schemas/index';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccountRecords } from '../../db/queries';
import { useAccountQuotaData } from '../../db/quotas';
import { useRankingSource } from '../../db/ranking';
import { splitMeetings } from '../../meetings';
import { formatInZoneNamed, todayIn } from '@shared/calendar/zoned-time';
import { clockSummary } from '../../queue';
import { quotaState, accountQuotaUsage } from '../../quotas';
import { useNow } from '../../ui/useNow';

/** Worst first: the quota line the glance reports. */
const QUOTA_ORDER = ['over', 'requested', 'full', 'covered', 'ok'] as const;

/** Moves keyboard focus to the ranking list (its current item), else to its heading. */
export function focusRanking(): void {
  const item = document.querySelector<HTMLElement>('.ranking__list [tabindex="0"]');
  const target = item ?? document.getElementById('ranking-title');
  if (target === null) return;
  if (item === null) target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
}

const focusSection = (id: string) => () => {
  const el = document.getElementById(id);
  if (el === null) return;
  el.setAttribute('tabindex', '-1');
  el.focus();
  el.scrollIntoView({ block: 'start' });
};

/**
 * What changes on this account, first on its page: open incidents (breached, at risk), the next
 * meeting, open actions (overdue) and the quota status; each line leads to its section.
 */
export function AccountGlance({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const source = useRankingSource(account.id);
  const meetings = useAccountRecords('meetings', account.id);
  const actions = useAccountRecords('actionItems', account.id);
  const quotaData = useAccountQuotaData(account.id);

  const clocks = useMemo(() => {
    const counts = { open: 0, breached: 0, atRisk: 0 };
    if (source === undefined) return counts;
    for (const i of source.incidents) {
      counts.open++;
      // The incident's own clock, as the ranking and the queue show it.
      const { state } = clockSummary(i, account, source.settings, source.specialEvents, now);
      if (state === 'breached') counts.breached++;
      else if (state === 'at-risk') counts.atRisk++;
    }
    return counts;
  }, [source, account, now]);
  const next =
    meetings === undefined ? undefined : (splitMeetings(meetings, now).upcoming[0] ?? null);
  const today = todayIn(account.timeZone, now);
  const open = (actions ?? []).filter((a) => a.status === 'open');
  const overdue = open.filter((a) => a.dueDate !== null && a.dueDate < today).length;
  const quota = useMemo(() => {
    if (quotaData === undefined) return undefined;
    const states = accountQuotaUsage(account, quotaData, now).current.map(quotaState);
    return QUOTA_ORDER.find((s) => states.includes(s)) ?? null;
  }, [account, quotaData, now]);
  const loading = t('common.loading');

  return (
    <section className="card glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading" className="visually-hidden">
        {t('accounts.detail.glance.title')}
      </h2>
      <ul className="glance__list">
        <li className={clocks.breached > 0 ? 'glance__item glance__item--danger' : 'glance__item'}>
          <span className="glance__label">{t('accounts.detail.glance.incidents')}</span>
          <span className="glance__value" data-testid="glance-incidents">
            {source === undefined
              ? loading
              : t('accounts.detail.glance.incidentCounts', {
                  count: clocks.open,
                  breached: clocks.breached,
                  atRisk: clocks.atRisk,
                })}
          </span>
          <button type="button" className="link-button" onClick={focusRanking}>
            {t('accounts.detail.glance.toRanking')}
          </button>
        </li>
        <li className="glance__item">
          <span className="glance__label">{t('accounts.detail.glance.nextMeeting')}</span>
          <span className="glance__value" data-testid="glance-meeting">
            {next === undefined ? (
              loading
            ) : next === null ? (
              t('accounts.detail.glance.noMeeting')
            ) : (
              <Link to={`/meetings/${next.id}`}>
                {next.title} · {formatInZoneNamed(next.startsAt, account.timeZone, i18n.language)}
              </Link>
            )}
          </span>
        </li>
        <li className={overdue > 0 ? 'glance__item glance__item--warning' : 'glance__item'}>
          <span className="glance__label">{t('accounts.detail.glance.actions')}</span>
          <span className="glance__value" data-testid="glance-actions">
            {actions === undefined ? (
              loading
            ) : (
              <Link to={`/actions?account=${account.id}`}>
                {t('accounts.detail.glance.actionCounts', { count: open.length, overdue })}
              </Link>
            )}
          </span>
        </li>
        <li className={quota === 'over' ? 'glance__item glance__item--danger' : 'glance__item'}>
          <span className="glance__label">{t('accounts.detail.glance.quotas')}</span>
          <span className="glance__value" data-testid="glance-quotas">
            {quota === undefined ? loading : t(`accounts.detail.glance.quota.${quota ?? 'none'}`)}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={focusSection(`quota-section-${account.id}`)}
          >
            {t('accounts.detail.glance.toQuotas')}
          </button>
        </li>
      </ul>
    </section>
  );
}
