import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { resolvedAtOf } from '@shared/incidents/index';
import type { Account } from '@shared/schemas/index';
import { useRecentClosedIncidents } from '../../db/accounts';
import { dateTimeFormat } from '@shared/intl';

/** The account's last resolved or closed incidents, dated in the account's time zone. */
export function RecentIncidents({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const incidents = useRecentClosedIncidents(account.id);
  const date = dateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeZone: account.timeZone,
  });
  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('accounts.detail.recent')}</h2>
      {incidents === undefined ? (
        <p>{t('common.loading')}</p>
      ) : incidents.length === 0 ? (
        <p className="hint">{t('accounts.detail.noRecent')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('accounts.detail.incident')}</th>
              <th scope="col">{t('accounts.detail.severity')}</th>
              <th scope="col">{t('accounts.detail.status')}</th>
              <th scope="col">{t('accounts.detail.resolved')}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <td>
                  <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
                </td>
                <td>{incident.severity}</td>
                <td>
                  {t(
                    `accounts.detail.statuses.${incident.status === 'closed' ? 'closed' : 'resolved'}`,
                  )}
                </td>
                <td>
                  <time dateTime={resolvedAtOf(incident) ?? incident.updatedAt}>
                    {date.format(new Date(resolvedAtOf(incident) ?? incident.updatedAt))}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
