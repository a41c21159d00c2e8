import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HardDrive, RefreshCw } from 'lucide-react';
import { requestPersistentStorage, storageStatus, type StorageStatus } from '../db/storage';
import { numberFormat } from '@shared/intl';

/** How much room Steward uses on this device, and whether the browser may evict it. */
export function StorageSection() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(() => {
    void storageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  const bytes = numberFormat(i18n.language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });
  const mb = (n: number) => bytes.format(n / 1_000_000);
  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('settings.storage')}</h2>
      <div role="status" data-testid="storage-status">
        {status === null ? (
          <p>{t('common.loading')}</p>
        ) : (
          <>
            <p>
              <HardDrive size={16} aria-hidden="true" />{' '}
              {status.usage !== null && status.quota !== null
                ? t('settings.storageUsage', { usage: mb(status.usage), quota: mb(status.quota) })
                : t('settings.storageUnknown')}
            </p>
            {status.persisted !== null ? (
              <p className={status.persisted ? 'storage-ok' : 'storage-warn'}>
                {status.persisted ? t('settings.persistent') : t('settings.notPersistent')}
              </p>
            ) : null}
          </>
        )}
      </div>
      <div className="settings-buttons">
        {status?.persisted === false ? (
          <button type="button" onClick={() => void requestPersistentStorage().then(refresh)}>
            {t('settings.requestPersistence')}
          </button>
        ) : null}
        <button type="button" onClick={refresh}>
          <RefreshCw size={16} aria-hidden="true" /> {t('settings.refresh')}
        </button>
      </div>
    </section>
  );
}
