import { Plus, Rocket } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReleaseBoardData } from '../db/releases';
import { EmptyState } from '../ui/EmptyState';
import { SelectField } from '../ui/Field';
import { Page } from '../ui/Page';
import { boardReleases, buildBoard, nextRelease } from './board';
import { localToday } from './format';
import { NextReleaseCard } from './NextReleaseCard';
import { ReadinessBoard } from './ReadinessBoard';
import { ReleaseList } from './ReleaseList';
import './releases.css';

const SHOWN = ['3', '6', '12', 'all'] as const;

/** /releases: the readiness board, the next release's gaps, and the list of releases. */
export function ReleasesPage() {
  const { t } = useTranslation();
  const data = useReleaseBoardData();
  const [shown, setShown] = useState<(typeof SHOWN)[number]>('6');
  const newButton = (
    <Link className="button primary" to="/releases/new">
      <Plus size={16} aria-hidden="true" /> {t('releases.newRelease')}
    </Link>
  );
  if (data === undefined) {
    return (
      <Page title={t('nav.releases')}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  }
  if (data.releases.length === 0) {
    return (
      <Page title={t('nav.releases')} actions={newButton}>
        <EmptyState icon={Rocket} title={t('releases.emptyTitle')} body={t('releases.emptyBody')} />
      </Page>
    );
  }
  const today = localToday();
  const next = nextRelease(data.releases, today);
  const columns = boardReleases(
    data.releases,
    today,
    shown === 'all' ? data.releases.length : Number(shown),
  );
  const { rows, counts } = buildBoard(data.accounts, columns, data.assessments);
  return (
    <Page title={t('nav.releases')} actions={newButton}>
      {next ? (
        <NextReleaseCard release={next} accounts={data.accounts} assessments={data.assessments} />
      ) : null}
      <section className="card" aria-labelledby="board-title">
        <div className="board__header">
          <h2 id="board-title">{t('releases.board')}</h2>
          <SelectField
            label={t('releases.releasesShown')}
            value={shown}
            onChange={(e) => {
              setShown(e.target.value as (typeof SHOWN)[number]);
            }}
            options={SHOWN.map((v) => ({
              value: v,
              label:
                v === 'all' ? t('releases.allReleases') : t('releases.lastN', { count: Number(v) }),
            }))}
          />
        </div>
        <p className="hint">{t('releases.boardHint')}</p>
        {rows.length === 0 ? (
          <p>{t('releases.noAccounts')}</p>
        ) : (
          <ReadinessBoard
            releases={columns}
            rows={rows}
            counts={counts}
            upcomingId={next?.id ?? null}
          />
        )}
      </section>
      <ReleaseList releases={data.releases} />
    </Page>
  );
}
