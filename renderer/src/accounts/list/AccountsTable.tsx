import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AlertTriangle } from 'lucide-react';
import type { AccountSummary } from '../../db/accounts';
import { PlanBadge } from '../PlanBadge';

/** One row per account; the name is the link (keyboard), the whole row is clickable (mouse). */
export function AccountsTable({ rows }: { rows: AccountSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dash = t('accounts.list.none');
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('accounts.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accounts.list.name')}</th>
            <th scope="col">{t('accounts.list.plan')}</th>
            <th scope="col">{t('accounts.list.csm')}</th>
            <th scope="col">{t('accounts.list.sdm')}</th>
            <th scope="col" className="num">
              {t('accounts.list.open')}
            </th>
            <th scope="col" className="num">
              {t('accounts.list.atRisk')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ account, openIncidents, atRisk }) => (
            <tr
              key={account.id}
              className="clickable"
              onClick={(e) => {
                if ((e.target as HTMLElement).closest('a')) return;
                void navigate(`/accounts/${account.id}`);
              }}
            >
              <th scope="row">
                <Link to={`/accounts/${account.id}`}>{account.name}</Link>
              </th>
              <td>
                <PlanBadge plan={account.plan} />
              </td>
              <td>{account.csmName || dash}</td>
              <td>{account.sdmName ?? dash}</td>
              <td className="num">{openIncidents}</td>
              <td className="num">
                {atRisk > 0 ? (
                  <span className="badge badge--danger">
                    <AlertTriangle size={14} aria-hidden="true" />
                    {t('accounts.list.atRiskBadge', { count: atRisk })}
                  </span>
                ) : (
                  '0'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
