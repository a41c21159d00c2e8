import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Account } from '@shared/schemas/index';
import { usePreferences } from '../db/preferences';
import { useRecord } from '../db/queries';
import { newId } from '../db/records';
import { Page } from '../ui/Page';
import { AccountForm } from './form/AccountForm';
import { draftOf, newAccountDraft } from './form/draft';

/** /accounts/new and /accounts/:accountId/edit. */
export function AccountFormPage() {
  const { accountId } = useParams();
  return accountId === undefined ? <NewAccount /> : <EditAccount accountId={accountId} />;
}

function NewAccount() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const [id] = useState(newId);
  return (
    <Page title={t('accounts.form.newTitle')}>
      {preferences === undefined ? (
        <p>{t('common.loading')}</p>
      ) : (
        <AccountForm initial={newAccountDraft(id, preferences.displayName)} isNew />
      )}
    </Page>
  );
}

function EditAccount({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const account = useRecord('accounts', accountId);
  if (account === undefined) {
    return (
      <Page title={t('accounts.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  }
  if (account === null) return <MissingAccount />;
  return <EditLoaded account={account} />;
}

function EditLoaded({ account }: { account: Account }) {
  const { t } = useTranslation();
  // The draft is taken once: later live updates must not overwrite what is being typed.
  const [initial] = useState(() => draftOf(account));
  return (
    <Page title={t('accounts.form.editTitle', { name: account.name })}>
      <AccountForm key={account.id} initial={initial} isNew={false} />
    </Page>
  );
}

export function MissingAccount() {
  const { t } = useTranslation();
  return (
    <Page title={t('accounts.title')}>
      <p role="alert">{t('accounts.form.notFound')}</p>
      <Link to="/accounts">{t('errors.backHome')}</Link>
    </Page>
  );
}
