import { useTranslation } from 'react-i18next';
import { dismissConflicts, useConflicts } from '../db/sync-queries';
import { reportError } from '../ui/errors';
import './sync.css';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * "Changed by someone else": the edits of this device that lost to a newer one from another
 * device, shown on the record until dismissed. Mount it on any record's detail screen.
 */
export function ConflictNotice({ table, recordId }: { table: string; recordId: string }) {
  const { t, i18n } = useTranslation();
  const notes = useConflicts(table, recordId);
  if (notes === undefined || notes.length === 0) return null;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <aside className="conflict-notice" role="note" aria-labelledby={`conflict-${recordId}`}>
      <h2 id={`conflict-${recordId}`} className="conflict-notice__title">
        {t('sync.conflict.title')}
      </h2>
      <ul>
        {notes.map((n) => (
          <li key={n.field}>
            {t('sync.conflict.line', {
              field: n.field,
              mine: shown(n.localValue),
              theirs: shown(n.winningValue),
              when: when(n.at),
            })}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => void dismissConflicts(table, recordId).catch(reportError)}
      >
        {t('sync.conflict.dismiss')}
      </button>
    </aside>
  );
}
