import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FileText, Pencil, Plus } from 'lucide-react';
import type { Account } from '@shared/schemas/index';
import { useRecord } from '../db/queries';
import { AccountMeetingsSection } from '../meetings';
import { AccountQuotaSection } from '../quotas';
import { ClientRankingPanel } from '../ranking';
import { AccountReadinessSection } from '../readiness';
import { AccountReleaseSection } from '../releases';
import { AccountRolesSection } from '../roles';
import { ConflictNotice } from '../sync';
import { AccountTimelineSection } from '../timeline';
import { Page } from '../ui/Page';
import { MissingAccount } from './AccountFormPage';
import { AccountGlance, focusRanking } from './detail/AccountGlance';
import { DeleteAccountButton } from './detail/DeleteAccountButton';
import { EntitlementsCard } from './detail/EntitlementsCard';
import { ProfileCards } from './detail/ProfileCards';
import { RecentIncidents } from './detail/RecentIncidents';
import { PlanBadge } from './PlanBadge';
import './accounts.css';
import { dateTimeFormat, numberFormat } from '@shared/intl';
import { Truncate } from '../ui/Truncate';

export function AccountDetailPage() {
  const { t } = useTranslation();
  const { accountId } = useParams();
  const account = useRecord('accounts', accountId);
  if (account === undefined) {
    return (
      <Page title={t('accounts.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  }
  if (account === null) return <MissingAccount />;
  return <AccountDetail account={account} />;
}

function AccountDetail({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  // An edit of this account (here or synced from another device) shows in the header at once;
  // the sections (charts, timeline, lists) follow in a background render. Another account
  // renders whole, so a header never sits over the previous account's sections.
  const deferred = useDeferredValue(account);
  const sectionsAccount = deferred.id === account.id ? deferred : account;
  const since = dateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' });
  const money = numberFormat(i18n.language, { maximumFractionDigits: 0 });
  return (
    <Page
      title={account.name}
      actions={
        <>
          {/* First stop after the heading: one Tab and Enter reach the ranking list. */}
          <button type="button" className="skip-link" onClick={focusRanking}>
            {t('accounts.detail.skipToRanking')}
          </button>
          <Link to={`/incidents/new?account=${account.id}`} className="button primary">
            <Plus size={16} aria-hidden="true" /> {t('accounts.detail.newIncident')}
          </Link>
          <Link to={`/reports/review/${account.id}`} className="button">
            <FileText size={16} aria-hidden="true" /> {t('accounts.detail.businessReview')}
          </Link>
          <Link to={`/accounts/${account.id}/edit`} className="button">
            <Pencil size={16} aria-hidden="true" /> {t('accounts.detail.edit')}
          </Link>
          <DeleteAccountButton account={account} />
        </>
      }
    >
      <ConflictNotice table="accounts" recordId={account.id} />
      <dl className="account-header">
        <div>
          <dt className="visually-hidden">{t('accounts.form.plan')}</dt>
          <dd>
            <PlanBadge plan={account.plan} />
          </dd>
        </div>
        <div>
          <dt>{t('accounts.detail.csm')}</dt>
          <dd>
            <Truncate text={account.csmName || t('accounts.list.none')} />
          </dd>
        </div>
        <div>
          <dt>{t('accounts.detail.sdm')}</dt>
          <dd>
            <Truncate text={account.sdmName ?? t('accounts.detail.noSdm')} />
          </dd>
        </div>
        <div>
          <dt>{t('accounts.detail.timeZone')}</dt>
          <dd>{account.timeZone}</dd>
        </div>
        <div>
          <dt>{t('accounts.detail.since')}</dt>
          <dd>
            <time dateTime={account.subscriptionStart}>
              {since.format(new Date(`${account.subscriptionStart}T00:00:00Z`))}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('accounts.detail.amount')}</dt>
          <dd>{money.format(account.annualSaasAmount)}</dd>
        </div>
      </dl>
      <AccountSections account={sectionsAccount} />
    </Page>
  );
}

/**
 * Everything below the header, what changes first (glance, ranking, meetings and actions,
 * quotas), reference facts (plan, hours, contacts) after. Skipped by renders that do not change the account it shows. */
const AccountSections = memo(function AccountSections({ account }: { account: Account }) {
  return (
    <>
      <AccountGlance account={account} />
      <ClientRankingPanel account={account} />
      <AccountMeetingsSection account={account} />
      <AccountQuotaSection account={account} />
      <RecentIncidents account={account} />
      <AccountReleaseSection account={account} />
      <AccountReadinessSection account={account} />
      <EntitlementsCard plan={account.plan} />
      <ProfileCards account={account} />
      <AccountTimelineSection account={account} />
      <AccountRolesSection account={account} />
    </>
  );
});
