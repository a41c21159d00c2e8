import { PLAN_NAMES } from '@shared/domain/types';
import type { Account } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccountAssessments } from '../db/releases';
import { isEntitled, nextRelease } from './board';
import { formatDay, localToday } from './format';
import { StateBadge } from './StateBadge';
import './releases.css';

/** The account's release-impact assessments, newest release first (for the account page). */
export function AccountReleaseSection({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const data = useAccountAssessments(account.id);
  const entitled = isEntitled(account);
  const headingId = `release-section-${account.id}`;
  if (data === undefined) {
    return (
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('releases.section.title')}</h2>
        <p role="status">{t('common.loading')}</p>
      </section>
    );
  }
  const byRelease = new Map(data.releases.map((r) => [r.id, r]));
  const rows = data.assessments
    .flatMap((a) => {
      const release = byRelease.get(a.releaseId);
      return release ? [{ a, release }] : [];
    })
    .sort((x, y) => y.release.releaseDate.localeCompare(x.release.releaseDate));
  const next = nextRelease(data.releases, localToday());
  const nextMissing = entitled && next !== null && !rows.some((r) => r.release.id === next.id);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('releases.section.title')}</h2>
      {!entitled ? (
        <p>
          <StateBadge state="not-included" />{' '}
          {t('releases.assess.notIncluded', {
            account: account.name,
            plan: PLAN_NAMES[account.plan],
          })}
        </p>
      ) : null}
      {nextMissing ? (
        <p>
          <Link className="button primary" to={`/releases/${next.id}/assess/${account.id}`}>
            {t('releases.section.assessNext', { version: next.version })}
          </Link>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="hint">{t('releases.section.empty')}</p>
      ) : (
        <table className="table table--rowheads">
          <thead>
            <tr>
              <th scope="col">{t('releases.section.release')}</th>
              <th scope="col">{t('releases.section.readiness')}</th>
              <th scope="col">{t('releases.section.impact')}</th>
              <th scope="col">{t('releases.section.webinar')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ a, release }) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/releases/${release.id}/assess/${account.id}`}>
                    {release.version} · {formatDay(release.releaseDate, i18n.language)}
                  </Link>
                </th>
                <td>
                  <StateBadge state={a.readiness} compact />
                </td>
                <td>{t(`releases.impact.${a.impact}`)}</td>
                <td>
                  {a.webinarAttended
                    ? `${t('releases.section.attended')}${a.webinarAttendees.length > 0 ? ` (${a.webinarAttendees.join(', ')})` : ''}`
                    : t('releases.section.notAttended')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
