import { Pencil, SearchX, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDisplayName } from '../db/preferences';
import { useAccountRecords, useRecord } from '../db/queries';
import { useWorkspaceSettings } from '../db/workspace';
import { NotificationPrompt } from '../notifications';
import { EmptyState } from '../ui/EmptyState';
import { Page } from '../ui/Page';
import { deleteWithUndo } from '../trash';
import { IncidentFacts } from './IncidentFacts';
import { IncidentHistory } from './IncidentHistory';
import { LiveAssessmentSection } from './LiveAssessmentSection';
import { QuickActions } from './QuickActions';
import { SlaPanel } from './SlaPanel';
import './incidents.css';
import { ConflictNotice } from '../sync';

/** /incidents/:incidentId */
export function IncidentDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { incidentId } = useParams();
  const incident = useRecord('incidents', incidentId);
  const account = useRecord('accounts', incident?.accountId);
  const settings = useWorkspaceSettings();
  const events = useAccountRecords('specialEvents', incident?.accountId);
  const by = useDisplayName();

  if (incident === null) {
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
  if (
    incident === undefined ||
    account === undefined ||
    settings === undefined ||
    events === undefined
  ) {
    return (
      <Page title={t('common.loading')}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  }
  const remove = async () => {
    await deleteWithUndo('incidents', incident.id, incident.title);
    await navigate(account ? `/accounts/${account.id}` : '/accounts');
  };
  return (
    <Page
      title={incident.title}
      actions={
        <>
          <Link className="button" to={`/incidents/${incident.id}/edit`}>
            <Pencil size={16} aria-hidden="true" /> {t('common.edit')}
          </Link>
          <button type="button" onClick={() => void remove()}>
            <Trash2 size={16} aria-hidden="true" /> {t('common.delete')}
          </button>
        </>
      }
    >
      <ConflictNotice table="incidents" recordId={incident.id} />
      <div className="incident-detail">
        <div className="incident-detail__col">
          <IncidentFacts incident={incident} account={account} />
          <QuickActions incident={incident} account={account} by={by} />
          <IncidentHistory incident={incident} timeZone={account?.timeZone ?? 'UTC'} />
        </div>
        <div className="incident-detail__col">
          {account ? (
            <>
              <SlaPanel incident={incident} account={account} settings={settings} events={events} />
              <LiveAssessmentSection incident={incident} account={account} by={by} />
            </>
          ) : null}
          <NotificationPrompt />
        </div>
      </div>
    </Page>
  );
}
