import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AlertTriangle, Clock } from 'lucide-react';
import type { AccountSummary } from './summary';
import { PlanBadge } from '../PlanBadge';
import { Truncate } from '../../ui/Truncate';

const ROW_HEIGHT = 45;

/**
 * One row per account; the name is the link (keyboard), the whole row is clickable (mouse).
 * Virtualized like the queue: only the rows in view (and a few around) are in the DOM, with a
 * spacer row above and below so the table keeps its semantics and the scroll bar its length.
 */
export function AccountsTable({ rows }: { rows: AccountSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const dash = t('accounts.list.none');
  // TanStack Virtual is imperative by design; we use no compiler memoization here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div className="table-wrap table-wrap--scroll" ref={scrollRef} data-testid="accounts-scroll">
      <table className="table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('accounts.list.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('accounts.list.name')}</th>
            <th scope="col">{t('accounts.list.plan')}</th>
            <th scope="col">{t('accounts.list.csm')}</th>
            <th scope="col">{t('accounts.list.sdm')}</th>
            <th scope="col" className="num">
              {t('accounts.list.open')}
            </th>
            <th scope="col" className="num">
              {t('accounts.list.breached')}
            </th>
            <th scope="col" className="num">
              {t('accounts.list.atRisk')}
            </th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true" className="table-spacer">
              <td colSpan={7} style={{ height: top }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const summary = rows[item.index];
            if (summary === undefined) return null;
            const { account, openIncidents, breached, atRisk } = summary;
            return (
              <tr
                key={account.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
                className="clickable"
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('a')) return;
                  void navigate(`/accounts/${account.id}`);
                }}
              >
                <th scope="row">
                  <Truncate text={account.name}>
                    <Link to={`/accounts/${account.id}`}>{account.name}</Link>
                  </Truncate>
                </th>
                <td>
                  <PlanBadge plan={account.plan} />
                </td>
                <td>
                  <Truncate text={account.csmName || dash} />
                </td>
                <td>
                  <Truncate text={account.sdmName ?? dash} />
                </td>
                <td className="num">{openIncidents}</td>
                <td className="num">
                  {breached > 0 ? (
                    <span className="badge badge--danger">
                      <AlertTriangle size={14} aria-hidden="true" />
                      {t('accounts.list.breachedBadge', { count: breached })}
                    </span>
                  ) : (
                    '0'
                  )}
                </td>
                <td className="num">
                  {atRisk > 0 ? (
                    <span className="badge badge--warning">
                      <Clock size={14} aria-hidden="true" />
                      {t('accounts.list.atRiskBadge', { count: atRisk })}
                    </span>
                  ) : (
                    '0'
                  )}
                </td>
              </tr>
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="table-spacer">
              <td colSpan={7} style={{ height: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
