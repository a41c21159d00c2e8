import { Cloud, CloudOff, RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { usePendingChangeCount, useSyncSession } from '../db/sync-queries';
import { failureMessage, formatSyncTime } from './format';
import { useSyncState } from './sync-store';
import './sync.css';

/** Sidebar footer: online/offline, changes to send, last sync, last error; links to the Sync screen. */
export function SyncStatus() {
  const { t, i18n } = useTranslation();
  const session = useSyncSession();
  const pending = usePendingChangeCount() ?? 0;
  const { online, syncing, lastSyncAt, lastError, bootstrap } = useSyncState();
  const signedIn = session !== null && session !== undefined;
  const state = !signedIn
    ? 'signedOut'
    : online === null
      ? 'checking'
      : online
        ? 'online'
        : 'offline';
  const Icon = syncing ? RefreshCw : state === 'online' ? Cloud : CloudOff;
  return (
    <NavLink to="/sync" className={`sync-status sync-status--${state}`} data-testid="sync-status">
      <span className="sync-status__line">
        <Icon aria-hidden="true" size={16} className={syncing ? 'sync-status__spin' : undefined} />
        <span className="sync-status__state">
          {t(`sync.status.${syncing && signedIn ? 'syncing' : state}`)}
        </span>
      </span>
      <span role="status" className="sync-status__details">
        {signedIn ? (
          <>
            <span>
              {pending > 0
                ? t('sync.status.pending', { count: pending })
                : t('sync.status.upToDate')}
            </span>
            <span>
              {lastSyncAt === null
                ? t('sync.status.never')
                : t('sync.status.lastSync', { time: formatSyncTime(lastSyncAt, i18n.language) })}
            </span>
            {lastError !== null ? (
              <span className="sync-status__error">
                {t('sync.status.lastError', { message: failureMessage(t, lastError) })}
              </span>
            ) : null}
          </>
        ) : null}
      </span>
      {bootstrap !== null ? (
        <progress
          className="sync-status__progress"
          max={Math.max(bootstrap.total, 1)}
          value={bootstrap.done}
          aria-label={t('sync.status.bootstrap', { ...bootstrap })}
        />
      ) : null}
    </NavLink>
  );
}
