import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Building2, Plus, Sparkles } from 'lucide-react';
import { loadDemoWorkspace, type DemoProgress } from '../../db/demo';
import { EmptyState } from '../../ui/EmptyState';
import { reportError } from '../../ui/errors';
import { showToast } from '../../ui/toast-store';

/** First screen of an empty workspace: what Steward is, and two ways to start. */
export function WelcomeEmpty() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const load = async () => {
    setProgress({ done: 0, total: 1, table: 'accounts' });
    try {
      const result = await loadDemoWorkspace(setProgress);
      showToast({ tone: 'success', message: t('accounts.empty.loaded', { ...result }) });
    } catch (error) {
      reportError(error);
    } finally {
      setProgress(null);
    }
  };
  return (
    <EmptyState icon={Building2} title={t('accounts.empty.title')} body={t('accounts.empty.body')}>
      <div className="empty-state__actions">
        <Link to="/accounts/new" className="button primary">
          <Plus size={16} aria-hidden="true" /> {t('accounts.newAccount')}
        </Link>
        <button type="button" onClick={() => void load()} disabled={progress !== null}>
          <Sparkles size={16} aria-hidden="true" /> {t('accounts.empty.loadDemo')}
        </button>
      </div>
      <div className="demo-progress" role="status">
        {progress ? (
          <>
            <progress
              max={progress.total}
              value={progress.done}
              aria-label={t('accounts.empty.loadDemo')}
            />
            <span>
              {t('accounts.empty.loading', { done: progress.done, total: progress.total })}
            </span>
          </>
        ) : null}
      </div>
    </EmptyState>
  );
}
