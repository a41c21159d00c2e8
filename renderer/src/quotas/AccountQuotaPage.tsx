import { PLAN_NAMES } from '@shared/domain/types';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord } from '../db/queries';
import { Page } from '../ui/Page';
import { AccountQuotaSection } from './AccountQuotaSection';

/** /quotas/:accountId: one account's quotas, reached from the dashboard. */
export function AccountQuotaPage() {
  const { accountId } = useParams();
  const { t } = useTranslation();
  const account = useRecord('accounts', accountId);
  if (account === undefined || account === null) {
    return (
      <Page title={t('quotas.title')}>
        {account === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <p role="alert">{t('quotas.accountMissing')}</p>
        )}
        <Link to="/quotas">{t('quotas.backToDashboard')}</Link>
      </Page>
    );
  }
  return (
    <Page title={t('quotas.accountPage', { account: account.name })}>
      <p>
        <Link to="/quotas">{t('quotas.backToDashboard')}</Link> ·{' '}
        <Link to={`/accounts/${account.id}`}>{account.name}</Link> · {PLAN_NAMES[account.plan]}
      </p>
      <AccountQuotaSection account={account} />
    </Page>
  );
}
