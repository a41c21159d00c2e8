import { useTranslation } from 'react-i18next';
import type { ConflictRow } from '../db/database';
import { dismissConflicts, useConflictRecords, useConflicts } from '../db/sync-queries';
import { reportError } from '../ui/errors';
import { syncFieldLabel } from './field-labels';
import './sync.css';
import { dateTimeFormat } from '@shared/intl';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Replaced by someone ('overwritten', and notes from before kinds) or replaced unseen. */
function lineKey(
  n: ConflictRow,
):
  | 'sync.conflict.line'
  | 'sync.conflict.lineFrom'
  | 'sync.conflict.unseen'
  | 'sync.conflict.unseenFrom' {
  const from = n.member !== undefined;
  if (n.kind === 'unseen') return from ? 'sync.conflict.unseenFrom' : 'sync.conflict.unseen';
  return from ? 'sync.conflict.lineFrom' : 'sync.conflict.line';
}

/** One side of a delete/edit note (shared/sync/notes.ts): when, by whom, which fields. */
interface Side {
  at?: unknown;
  by?: unknown;
  fields?: unknown;
}

interface NoticeProps {
  table: string;
  recordId: string;
  /** Names the record when the screen shows several (an item of a list); omit on its own page. */
  label?: string;
  /** 3 inside a section that already has its h2. */
  headingLevel?: 2 | 3;
}

/**
 * "Changed by someone else": edits of this device replaced by another device's written without
 * seeing them, and edits of this device that replaced one it had not seen, shown on the record
 * until dismissed. Mount it on any record's detail screen.
 */
export function ConflictNotice({ table, recordId, label, headingLevel = 2 }: NoticeProps) {
  const { t, i18n } = useTranslation();
  const notes = useConflicts(table, recordId);
  if (notes === undefined || notes.length === 0) return null;
  const when = (iso: string) =>
    dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  // A delete and edits that did not see each other: who did what, and where the edits are.
  const trashedLine = (n: ConflictRow) => {
    const side = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Side) : {});
    const deleted = side(n.localValue);
    const edited = side(n.winningValue);
    const weekday = (iso: unknown) =>
      typeof iso === 'string'
        ? dateTimeFormat(i18n.language, { weekday: 'long' }).format(new Date(iso))
        : '—';
    const full = (iso: unknown) => (typeof iso === 'string' ? when(iso) : '—');
    const fields = Array.isArray(edited.fields) ? edited.fields : [];
    return t('sync.conflict.trashed', {
      deleter: typeof deleted.by === 'string' ? deleted.by : t('sync.conflict.someone'),
      editor: typeof edited.by === 'string' ? edited.by : t('sync.conflict.someone'),
      deletedDay: weekday(deleted.at),
      deletedWhen: full(deleted.at),
      editedDay: weekday(edited.at),
      editedWhen: full(edited.at),
      fields: fields.map((f) => syncFieldLabel(table, String(f), t, i18n.language)).join(', '),
    });
  };
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const id = `conflict-${table}-${recordId}`;
  return (
    <aside className="conflict-notice" role="note" aria-labelledby={id}>
      <Heading id={id} className="conflict-notice__title">
        {label === undefined ? t('sync.conflict.title') : t('sync.conflict.titleFor', { label })}
      </Heading>
      <ul>
        {notes.map((n) => (
          <li key={n.field}>
            {n.kind === 'trashed'
              ? trashedLine(n)
              : t(lineKey(n), {
                  field: syncFieldLabel(table, n.field, t, i18n.language),
                  mine: shown(n.localValue),
                  theirs: shown(n.winningValue),
                  member: n.member ?? '',
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

export interface ListedRecord {
  table: string;
  id: string;
  label: string;
}

/**
 * Conflict notes for records a screen lists rather than opens one by one (a meeting's action
 * items, an account's quota records): one notice per listed record that has notes.
 */
export function ListedConflicts({
  records,
  headingLevel = 2,
}: {
  records: readonly ListedRecord[];
  headingLevel?: 2 | 3;
}) {
  const withNotes = useConflictRecords();
  if (withNotes === undefined || withNotes.length === 0) return null;
  const noted = new Set(withNotes.map((r) => `${r.table}/${r.recordId}`));
  return records
    .filter((r) => noted.has(`${r.table}/${r.id}`))
    .map((r) => (
      <ConflictNotice
        key={`${r.table}/${r.id}`}
        table={r.table}
        recordId={r.id}
        label={r.label}
        headingLevel={headingLevel}
      />
    ));
}
