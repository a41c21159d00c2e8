import { PLAN_IDS, PLAN_NAMES, SEVERITIES, type PlanId, type Severity } from '@shared/domain/types';
import { Search } from 'lucide-react';
import { useId, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isFiltered } from './queue-model';
import { useQueueUi } from './queue-store';

interface Props {
  facets: { accounts: Array<{ id: string; name: string }>; sdms: string[] };
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Search and filters; their values live in the queue's UI store so they survive navigation. */
export function QueueFilters({ facets, searchRef }: Props) {
  const { t } = useTranslation();
  const filters = useQueueUi((s) => s.filters);
  const setFilter = useQueueUi((s) => s.setFilter);
  const clearFilters = useQueueUi((s) => s.clearFilters);
  const id = useId();
  // Built once per facet list: a keystroke in the search then leaves these options alone.
  const accountOptions = useMemo(
    () =>
      facets.accounts.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      )),
    [facets.accounts],
  );
  const sdmOptions = useMemo(
    () =>
      facets.sdms.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      )),
    [facets.sdms],
  );
  return (
    <div className="queue-filters" role="search" aria-label={t('queue.filters')}>
      <label className="queue-filters__search">
        <span className="queue-filters__label">{t('queue.search')}</span>
        <span className="queue-filters__search-box">
          <Search size={16} aria-hidden="true" />
          <input
            ref={searchRef}
            type="search"
            value={filters.text}
            placeholder={t('queue.searchPlaceholder')}
            aria-keyshortcuts="/"
            onChange={(e) => setFilter('text', e.target.value)}
          />
        </span>
      </label>
      <div className="queue-filters__field">
        <label htmlFor={`${id}-account`} className="queue-filters__label">
          {t('queue.account')}
        </label>
        <select
          id={`${id}-account`}
          value={filters.accountId}
          onChange={(e) => setFilter('accountId', e.target.value)}
        >
          <option value="">{t('queue.anyAccount')}</option>
          {accountOptions}
        </select>
      </div>
      <div className="queue-filters__field">
        <label htmlFor={`${id}-severity`} className="queue-filters__label">
          {t('queue.severity')}
        </label>
        <select
          id={`${id}-severity`}
          value={filters.severity ?? ''}
          onChange={(e) =>
            setFilter(
              'severity',
              e.target.value === '' ? null : (Number(e.target.value) as Severity),
            )
          }
        >
          <option value="">{t('queue.anySeverity')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {`${t('queue.sev', { severity: s })} · ${t(`queue.severityName.${s}`)}`}
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filters__field">
        <label htmlFor={`${id}-plan`} className="queue-filters__label">
          {t('queue.plan')}
        </label>
        <select
          id={`${id}-plan`}
          value={filters.plan ?? ''}
          onChange={(e) =>
            setFilter('plan', e.target.value === '' ? null : (e.target.value as PlanId))
          }
        >
          <option value="">{t('queue.anyPlan')}</option>
          {PLAN_IDS.map((p) => (
            <option key={p} value={p}>
              {PLAN_NAMES[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filters__field">
        <label htmlFor={`${id}-sdm`} className="queue-filters__label">
          {t('queue.sdm')}
        </label>
        <select
          id={`${id}-sdm`}
          value={filters.sdm}
          onChange={(e) => setFilter('sdm', e.target.value)}
        >
          <option value="">{t('queue.anySdm')}</option>
          {sdmOptions}
        </select>
      </div>
      <fieldset className="queue-filters__states">
        <legend className="queue-filters__label">{t('queue.status')}</legend>
        <label className="queue-filters__check">
          <input
            type="checkbox"
            checked={filters.breached}
            onChange={(e) => setFilter('breached', e.target.checked)}
          />
          {t('queue.breached')}
        </label>
        <label className="queue-filters__check">
          <input
            type="checkbox"
            checked={filters.atRisk}
            onChange={(e) => setFilter('atRisk', e.target.checked)}
          />
          {t('queue.atRisk')}
        </label>
      </fieldset>
      <button type="button" onClick={clearFilters} disabled={!isFiltered(filters)}>
        {t('queue.clearFilters')}
      </button>
    </div>
  );
}
