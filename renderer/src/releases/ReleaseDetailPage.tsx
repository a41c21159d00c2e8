import { PLAN_NAMES } from '@shared/domain/types';
import { Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useReleaseBoardData } from '../db/releases';
import { ConflictNotice } from '../sync';
import { Page } from '../ui/Page';
import { buildBoard } from './board';
import { formatDay, formatLocalDateTime } from './format';
import { StateBadge } from './StateBadge';
import './releases.css';

/** /releases/:releaseId: what the release changes and where each account stands. */
export function ReleaseDetailPage() {
  const { releaseId } = useParams();
  const { t, i18n } = useTranslation();
  const data = useReleaseBoardData();
  const release = data?.releases.find((r) => r.id === releaseId);
  if (data === undefined) {
    return (
      <Page title={t('nav.releases')}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  }
  if (release === undefined) {
    return (
      <Page title={t('nav.releases')}>
        <p role="alert">{t('releases.form.notFound')}</p>
        <Link to="/releases">{t('releases.detail.backToBoard')}</Link>
      </Page>
    );
  }
  const { rows } = buildBoard(data.accounts, [release], data.assessments);
  return (
    <Page
      title={`${release.name} (${release.version})`}
      actions={
        <Link className="button" to={`/releases/${release.id}/edit`}>
          <Pencil size={16} aria-hidden="true" /> {t('common.edit')}
        </Link>
      }
    >
      <p>
        <Link to="/releases">{t('releases.detail.backToBoard')}</Link>
      </p>
      <ConflictNotice table="releases" recordId={release.id} />
      <section className="card">
        <dl className="facts">
          <dt>{t('releases.list.date')}</dt>
          <dd>{formatDay(release.releaseDate, i18n.language)}</dd>
          <dt>{t('releases.detail.webinar')}</dt>
          <dd>
            {release.webinarAt
              ? formatLocalDateTime(release.webinarAt, i18n.language)
              : t('releases.detail.noWebinar')}
          </dd>
          <dt>{t('releases.detail.modules')}</dt>
          <dd>
            {release.changedModules.length > 0
              ? release.changedModules.join(', ')
              : t('releases.detail.noModules')}
          </dd>
          {release.summary ? (
            <>
              <dt>{t('releases.detail.summary')}</dt>
              <dd>{release.summary}</dd>
            </>
          ) : null}
        </dl>
        {release.notes ? (
          <>
            <h2>{t('releases.detail.notes')}</h2>
            <p className="prewrap">{release.notes}</p>
          </>
        ) : null}
      </section>
      <section className="card" aria-labelledby="assessments-title">
        <h2 id="assessments-title">{t('releases.detail.assessments')}</h2>
        <table className="table table--rowheads">
          <thead>
            <tr>
              <th scope="col">{t('releases.account')}</th>
              <th scope="col">{t('releases.plan')}</th>
              <th scope="col">{t('releases.section.readiness')}</th>
              <th scope="col">{t('releases.section.impact')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('releases.detail.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ account, entitled, cells }) => {
              const cell = cells[0];
              return (
                <tr key={account.id}>
                  <th scope="row">{account.name}</th>
                  <td>{PLAN_NAMES[account.plan]}</td>
                  <td>{cell ? <StateBadge state={cell.state} /> : null}</td>
                  <td>{cell?.assessment ? t(`releases.impact.${cell.assessment.impact}`) : '—'}</td>
                  <td>
                    {entitled ? (
                      <Link
                        to={`/releases/${release.id}/assess/${account.id}`}
                        aria-label={
                          cell?.assessment
                            ? t('releases.list.open', { name: account.name })
                            : t('releases.next.assess', { account: account.name })
                        }
                      >
                        {cell?.assessment ? t('releases.detail.open') : t('releases.detail.assess')}
                      </Link>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </Page>
  );
}
