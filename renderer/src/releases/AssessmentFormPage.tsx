import { PLAN_NAMES } from '@shared/domain/types';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord } from '../db/queries';
import { useAssessment } from '../db/releases';
import { ConflictNotice } from '../sync';
import { Page } from '../ui/Page';
import { AssessmentForm } from './AssessmentForm';
import { isEntitled } from './board';
import { StateBadge } from './StateBadge';
import './releases.css';

/** /releases/:releaseId/assess/:accountId */
export function AssessmentFormPage() {
  const { releaseId, accountId } = useParams();
  const { t } = useTranslation();
  const release = useRecord('releases', releaseId);
  const account = useRecord('accounts', accountId);
  const assessment = useAssessment(releaseId, accountId);
  if (release === undefined || account === undefined || assessment === undefined) {
    return (
      <Page title={t('nav.releases')}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  }
  if (release === null || account === null) {
    return (
      <Page title={t('nav.releases')}>
        <p role="alert">
          {release === null ? t('releases.form.notFound') : t('releases.assess.accountMissing')}
        </p>
        <Link to="/releases">{t('releases.detail.backToBoard')}</Link>
      </Page>
    );
  }
  const title = t('releases.assess.title', {
    release: `${release.name} (${release.version})`,
    account: account.name,
  });
  return (
    <Page title={title}>
      <p>
        <Link to="/releases">{t('releases.detail.backToBoard')}</Link>
      </p>
      {assessment ? <ConflictNotice table="releaseAssessments" recordId={assessment.id} /> : null}
      {isEntitled(account) ? (
        <AssessmentForm
          key={assessment?.id ?? 'new'}
          release={release}
          account={account}
          assessment={assessment}
        />
      ) : (
        <p className="card">
          <StateBadge state="not-included" />{' '}
          {t('releases.assess.notIncluded', {
            account: account.name,
            plan: PLAN_NAMES[account.plan],
          })}
        </p>
      )}
    </Page>
  );
}
