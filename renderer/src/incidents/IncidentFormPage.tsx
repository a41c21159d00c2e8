import { Building2, SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { nameOrMe, usePreferences } from '../db/preferences';
import { useRecord, useRecords } from '../db/queries';
import { EmptyState } from '../ui/EmptyState';
import { Page } from '../ui/Page';
import { IncidentForm } from './IncidentForm';
import './incidents.css';

/** /incidents/new?account=ID and /incidents/:incidentId/edit */
export function IncidentFormPage() {
  const { t } = useTranslation();
  const { incidentId } = useParams();
  const [search] = useSearchParams();
  const accounts = useRecords('accounts');
  const incident = useRecord('incidents', incidentId);
  const preferences = usePreferences();
  const title = incidentId === undefined ? t('incidents.newIncident') : t('incidents.editIncident');

  if (accounts === undefined || incident === undefined || preferences === undefined) {
    return (
      <Page title={title}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  }
  if (incidentId !== undefined && incident === null) {
    return (
      <Page title={t('incidents.notFound')}>
        <EmptyState
          icon={SearchX}
          title={t('incidents.notFound')}
          body={t('incidents.notFoundBody')}
        >
          <Link to="/accounts">{t('incidents.backToAccounts')}</Link>
        </EmptyState>
      </Page>
    );
  }
  if (accounts.length === 0) {
    return (
      <Page title={title}>
        <EmptyState
          icon={Building2}
          title={t('incidents.noAccounts')}
          body={t('incidents.noAccountsBody')}
        >
          <Link className="button primary" to="/accounts/new">
            {t('incidents.createAccount')}
          </Link>
        </EmptyState>
      </Page>
    );
  }
  const sorted = [...accounts].sort((a, b) => a.name.localeCompare(b.name));
  const requested = search.get('account') ?? '';
  const initialAccountId = sorted.some((a) => a.id === requested) ? requested : '';
  return (
    <Page title={title}>
      <IncidentForm
        // A different incident or account starts a fresh form.
        key={`${incident?.id ?? 'new'}:${initialAccountId}`}
        accounts={sorted}
        incident={incident ?? undefined}
        initialAccountId={initialAccountId}
        userName={preferences.displayName.trim() || null}
        by={nameOrMe(preferences.displayName)}
      />
    </Page>
  );
}
