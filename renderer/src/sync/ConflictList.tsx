import { useTranslation } from 'react-i18next';
import { useConflictRecords } from '../db/sync-queries';
import { ConflictNotice } from './ConflictNotice';

/** Every record with an unread conflict note, on the Sync screen (detail screens show their own). */
export function ConflictList() {
  const { t } = useTranslation();
  const records = useConflictRecords();
  if (records === undefined || records.length === 0) return null;
  return (
    <section className="sync-conflicts" aria-labelledby="sync-conflicts-title">
      <h2 id="sync-conflicts-title">{t('sync.conflict.listTitle')}</h2>
      {records.map((r) => (
        <div key={`${r.table}/${r.recordId}`} className="sync-conflicts__item">
          <p className="hint">{t('sync.conflict.record', { label: r.label })}</p>
          <ConflictNotice table={r.table} recordId={r.recordId} />
        </div>
      ))}
    </section>
  );
}
