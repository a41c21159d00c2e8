import { Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord } from '../db/queries';
import { Page } from '../ui/Page';
import '../meetings/meetings.css';
import { RolesMatrix } from './RolesMatrix';

/** /accounts/:accountId/roles — the matrix on its own page, made for printing. */
export function RolesPrintPage() {
  const { t } = useTranslation();
  const { accountId } = useParams();
  const account = useRecord('accounts', accountId);
  if (account === undefined) {
    return (
      <Page title={t('meetings.roles.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  }
  if (account === null) {
    return (
      <Page title={t('meetings.roles.title')}>
        <p>{t('meetings.roles.notFound')}</p>
      </Page>
    );
  }
  return (
    <div className="roles-print">
      <Page
        title={t('meetings.roles.pageTitle', { account: account.name })}
        actions={
          <div className="roles-print__controls">
            <Link className="button" to={`/accounts/${account.id}`}>
              {t('meetings.roles.back')}
            </Link>
            <button type="button" className="primary" onClick={() => window.print()}>
              <Printer size={16} aria-hidden="true" /> {t('meetings.roles.print')}
            </button>
          </div>
        }
      >
        <p>{t('meetings.roles.intro')}</p>
        <RolesMatrix account={account} />
      </Page>
    </div>
  );
}
