import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePendingChangeCount, useSyncSession } from '../db/sync-queries';
import { reportError } from '../ui/errors';
import { Page } from '../ui/Page';
import { showToast } from '../ui/toast-store';
import { ConflictList } from './ConflictList';
import { syncEngine } from './engine';
import { failureMessage, formatSyncTime } from './format';
import { signOut } from './session';
import { SignInForm } from './SignInForm';
import { SignOutDialog } from './SignOutDialog';
import { SyncAttention } from './SyncAttention';
import { useSyncState } from './sync-store';
import './sync.css';

/** /sync: sign in to the team's server, or see the session, sync now and sign out. */
export function SyncPage() {
  const { t } = useTranslation();
  const session = useSyncSession();
  const lastError = useSyncState((s) => s.lastError);
  if (session === undefined) return <Page title={t('sync.title')}>{null}</Page>;
  const expired = lastError?.kind === 'session-expired';
  return (
    <Page title={t('sync.title')}>
      {session === null || expired ? (
        <>
          <p className="sync-intro">{expired ? t('sync.signInAgain') : t('sync.intro')}</p>
          <SignInForm initial={session ?? undefined} />
        </>
      ) : (
        <SessionPanel />
      )}
      <SyncAttention />
      <ConflictList />
    </Page>
  );
}

function SessionPanel() {
  const { t, i18n } = useTranslation();
  const session = useSyncSession();
  const pending = usePendingChangeCount() ?? 0;
  const { online, syncing, lastSyncAt, lastError, bootstrap, retryAt, tokenNotSaved } =
    useSyncState();
  const [confirming, setConfirming] = useState(false);
  if (session === null || session === undefined) return null;

  const finish = (discardOutbox: boolean) => {
    setConfirming(false);
    signOut({ discardOutbox })
      .then(() => showToast({ message: t('sync.signedOut'), tone: 'success' }))
      .catch(reportError);
  };

  return (
    <section className="card sync-session" aria-label={t('sync.status.label')}>
      <p className="sync-session__who">{t('sync.signedInAs', { email: session.email })}</p>
      {tokenNotSaved !== null ? (
        <p className="sync-notice" role="status" data-testid="sync-token-not-saved">
          {t(`sync.tokenNotSaved.${tokenNotSaved}`)}
        </p>
      ) : null}
      <p>
        {t('sync.workspaceLine', {
          name: session.member.workspaceName,
          server: session.serverUrl,
        })}
      </p>
      <dl className="sync-session__facts">
        <dt>{t('sync.status.label')}</dt>
        <dd data-testid="sync-connection">
          {syncing
            ? t('sync.status.syncing')
            : online === null
              ? t('sync.status.checking')
              : online
                ? t('sync.status.online')
                : t('sync.status.offline')}
        </dd>
        <dt>{t('sync.status.pending', { count: pending })}</dt>
        <dd>
          {lastSyncAt === null
            ? t('sync.status.never')
            : t('sync.status.lastSync', { time: formatSyncTime(lastSyncAt, i18n.language) })}
        </dd>
      </dl>
      {bootstrap !== null ? (
        <div className="sync-session__progress">
          <label htmlFor="sync-bootstrap">{t('sync.status.bootstrap', { ...bootstrap })}</label>
          <progress id="sync-bootstrap" max={Math.max(bootstrap.total, 1)} value={bootstrap.done} />
        </div>
      ) : null}
      {lastError !== null ? (
        <p className="sync-error" role="alert">
          {failureMessage(t, lastError)}
          {retryAt !== null
            ? ` ${t('sync.status.retry', { time: formatSyncTime(retryAt, i18n.language) })}`
            : ''}
        </p>
      ) : null}
      <div className="sync-session__actions">
        <button
          type="button"
          className="primary"
          disabled={syncing}
          onClick={() => void syncEngine().syncNow()}
        >
          {t('sync.syncNow')}
        </button>
        <button type="button" onClick={() => (pending > 0 ? setConfirming(true) : finish(false))}>
          {t('sync.signOut')}
        </button>
      </div>
      <SignOutDialog
        open={confirming}
        pending={pending}
        onClose={() => setConfirming(false)}
        onSignOut={finish}
      />
    </section>
  );
}
