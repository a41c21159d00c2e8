import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Building2, Plus, Sparkles } from 'lucide-react';
import { DEMO_SIZES, loadDemoWorkspace, type DemoProgress, type DemoSize } from '../../db/demo';
import { EmptyState } from '../../ui/EmptyState';
import { reportError } from '../../ui/errors';
import { showToast } from '../../ui/toast-store';

/** First screen of an empty workspace: what Steward is, and two ways to start. */
export function WelcomeEmpty() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const [size, setSize] = useState<DemoSize>('small');
  const load = async () => {
    setProgress({ done: 0, total: 1, table: 'accounts' });
    try {
      const result = await loadDemoWorkspace(setProgress, new Date(), size);
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
        <label className="demo-size">
          <span>{t('accounts.empty.size')}</span>
          <select value={size} onChange={(e) => setSize(e.target.value as DemoSize)}>
            {(Object.keys(DEMO_SIZES) as DemoSize[]).map((key) => (
              <option key={key} value={key}>
                {t(`accounts.empty.sizes.${key}`, DEMO_SIZES[key])}
              </option>
            ))}
          </select>
        </label>
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
