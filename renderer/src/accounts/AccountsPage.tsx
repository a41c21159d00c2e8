import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Plus } from 'lucide-react';
import { peopleOf, useHasAccounts } from '../db/accounts';
import { useOpenIncidents, useRecords } from '../db/queries';
import { useWorkspaceSettings } from '../db/workspace';
import { Page } from '../ui/Page';
import { AccountsTable } from './list/AccountsTable';
import {
  filterAccounts,
  filtersFromParams,
  NO_FILTERS,
  paramsFromFilters,
  type AccountFilters,
} from './list/filters';
import { FiltersBar } from './list/FiltersBar';
import { summarizeAccounts } from './list/summary';
import { WelcomeEmpty } from './list/WelcomeEmpty';
import { useNow } from '../ui/useNow';
import './accounts.css';

export function AccountsPage() {
  const { t } = useTranslation();
  const hasAccounts = useHasAccounts();
  return (
    <Page
      title={t('accounts.title')}
      actions={
        hasAccounts ? (
          <Link to="/accounts/new" className="button primary">
            <Plus size={16} aria-hidden="true" /> {t('accounts.newAccount')}
          </Link>
        ) : null
      }
    >
      {hasAccounts === undefined ? (
        <p>{t('common.loading')}</p>
      ) : hasAccounts ? (
        <AccountsList />
      ) : (
        <WelcomeEmpty />
      )}
    </Page>
  );
}

function AccountsList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Local state answers keystrokes at once; the URL follows so Back restores the filters.
  const [filters, setFilters] = useState(() => filtersFromParams(params));
  const applyFilters = (next: AccountFilters) => {
    setFilters(next);
    setParams(paramsFromFilters(next), { replace: true });
  };
  const accounts = useRecords('accounts');
  const incidents = useOpenIncidents();
  const specialEvents = useRecords('specialEvents');
  const settings = useWorkspaceSettings();
  const now = useNow(60_000);
  if (!accounts || !incidents || !specialEvents || !settings) return <p>{t('common.loading')}</p>;
  const sorted = [...accounts].sort((a, b) => a.name.localeCompare(b.name));
  const all = summarizeAccounts(sorted, incidents, settings, specialEvents, now);
  const shown = filterAccounts(all, filters);
  return (
    <>
      <FiltersBar filters={filters} people={peopleOf(accounts)} onChange={applyFilters} />
      <p className="hint" role="status">
        {t('accounts.list.count', { shown: shown.length, total: all.length })}
      </p>
      {shown.length > 0 ? (
        <AccountsTable rows={shown} />
      ) : (
        <div className="empty-state">
          <p className="empty-state__body">{t('accounts.list.noMatch')}</p>
          <button type="button" onClick={() => applyFilters(NO_FILTERS)}>
            {t('accounts.list.clearFilters')}
          </button>
        </div>
      )}
    </>
  );
}
