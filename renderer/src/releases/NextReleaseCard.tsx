import type { Account, Release, ReleaseAssessment } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { releaseGaps } from './board';
import { formatDay } from './format';
import { StateBadge } from './StateBadge';
import { Truncate } from '../ui/Truncate';

interface Props {
  release: Release;
  accounts: Account[];
  assessments: ReleaseAssessment[];
}

/** The next release's gaps at a glance: who has no assessment, who is not ready. */
export function NextReleaseCard({ release, accounts, assessments }: Props) {
  const { t, i18n } = useTranslation();
  const gaps = releaseGaps(release, accounts, assessments);
  const assessLink = (account: Account) => (
    <Link
      to={`/releases/${release.id}/assess/${account.id}`}
      aria-label={t('releases.next.assess', { account: account.name })}
    >
      <Truncate text={account.name} className="truncate--inline" />
    </Link>
  );
  return (
    <section className="card next-release" aria-labelledby="next-release-title">
      <h2 id="next-release-title">
        <Truncate
          text={t('releases.next.title', {
            name: release.name,
            version: release.version,
            date: formatDay(release.releaseDate, i18n.language),
          })}
          className="truncate--wide"
        />
      </h2>
      <p className="next-release__summary">
        {t('releases.next.summary', { ready: gaps.ready, entitled: gaps.entitled })}
      </p>
      {gaps.missing.length === 0 && gaps.notReady.length === 0 ? (
        <p>
          <StateBadge state="ready" /> {t('releases.next.allDone')}
        </p>
      ) : (
        <div className="next-release__gaps">
          <div>
            <h3>{t('releases.next.missing', { count: gaps.missing.length })}</h3>
            <ul className="gap-list">
              {gaps.missing.map((account) => (
                <li key={account.id}>
                  <StateBadge state="missing" compact /> {assessLink(account)}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('releases.next.notReady', { count: gaps.notReady.length })}</h3>
            <ul className="gap-list">
              {gaps.notReady.map(({ account, assessment }) => (
                <li key={account.id}>
                  <StateBadge state={assessment.readiness} compact /> {assessLink(account)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
