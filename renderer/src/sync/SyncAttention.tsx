import { RECORD_TABLES, type RecordTable } from '@shared/schemas/index';
import { isWriteRefusalCode } from '@shared/sync/index';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  dismissRefusal,
  restoreRefusal,
  useSyncRefusals,
  useSyncWarnings,
  type NotAppliedRecord,
  type RecordRef,
  type RefusedChange,
} from '../db/sync-queries';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';
import { syncFieldLabel, syncFieldList } from './field-labels';
import { formatSyncTime } from './format';
import './sync.css';
import { tooLongText } from '../ui/limits';

/** Record types with a page of their own, by table: the path prefix of that page. */
const PAGES: Partial<Record<string, string>> = {
  accounts: '/accounts',
  incidents: '/incidents',
  meetings: '/meetings',
  releases: '/releases',
};

function isRecordTable(table: string): table is RecordTable {
  return (RECORD_TABLES as readonly string[]).includes(table);
}

/** The record's name, a link to its page when it has one here, and what kind of record it is. */
function RecordName({ record }: { record: RecordRef }) {
  const { t } = useTranslation();
  const page = PAGES[record.table];
  const kind = isRecordTable(record.table) ? t(`trash.tables.${record.table}`) : record.table;
  return (
    <p className="sync-attention__record">
      {page !== undefined && record.present ? (
        <Link to={`${page}/${encodeURIComponent(record.recordId)}`}>{record.label}</Link>
      ) : (
        <strong>{record.label}</strong>
      )}{' '}
      <span className="badge badge--muted">{kind}</span>
    </p>
  );
}

async function dismiss(change: RefusedChange): Promise<void> {
  const row = await dismissRefusal(change.id);
  if (row === undefined) return;
  showToast({
    tone: 'info',
    message: i18next.t('sync.attention.dismissed', { label: change.label }),
    action: {
      label: i18next.t('common.undo'),
      run: () => restoreRefusal(row).catch(reportError),
    },
  });
}

/** The dismissed item leaves the page: move focus to the next one's button, else to the title. */
function keepFocusNear(button: HTMLElement): void {
  const item = button.closest('li');
  const sibling = item?.nextElementSibling ?? item?.previousElementSibling;
  const target = sibling?.querySelector('button') ?? document.getElementById('page-title');
  target?.focus();
}

function RefusedItem({ change }: { change: RefusedChange }) {
  const { t, i18n } = useTranslation();
  // A refusal for the member's role is worded here; others show the server's own words.
  const reason = isWriteRefusalCode(change.code) ? change.code : null;
  return (
    <li className="sync-attention__item">
      <RecordName record={change} />
      <p className="sync-attention__message">
        {reason === null
          ? (tooLongText(change.message, t) ?? change.message)
          : t(`sync.attention.reasons.${reason}`)}
      </p>
      <p>
        {t('sync.attention.refusedFields', {
          fields: syncFieldList(change.table, change.fields, t, i18n.language),
        })}
      </p>
      <p className="hint">
        {t('sync.attention.refusedAt', { time: formatSyncTime(change.at, i18n.language) })}
      </p>
      <p>{t(reason === null ? 'sync.attention.refusedFix' : 'sync.attention.roleFix')}</p>
      <div className="sync-attention__actions">
        <button
          type="button"
          aria-label={t('sync.attention.dismissLabel', { label: change.label })}
          onClick={(event) => {
            keepFocusNear(event.currentTarget);
            void dismiss(change).catch(reportError);
          }}
        >
          {t('sync.attention.dismiss')}
        </button>
      </div>
    </li>
  );
}

function NotAppliedItem({ record }: { record: NotAppliedRecord }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="sync-attention__item">
      <RecordName record={record} />
      <ul className="sync-attention__issues">
        {record.issues.map((issue, i) => (
          <li key={`${issue.field}/${String(i)}`}>
            {issue.field === ''
              ? issue.message
              : t('sync.attention.issue', {
                  field: syncFieldLabel(record.table, issue.field, t, i18n.language),
                  message: issue.message,
                })}
          </li>
        ))}
      </ul>
      <p className="hint">
        {t('sync.attention.warningAt', { time: formatSyncTime(record.at, i18n.language) })}
      </p>
    </li>
  );
}

/**
 * "Needs your attention" on the Sync screen: local changes the server refused, and records from
 * other devices this version could not apply. Renders nothing when there are none.
 */
export function SyncAttention() {
  const { t } = useTranslation();
  const refused = useSyncRefusals() ?? [];
  const warnings = useSyncWarnings() ?? [];
  if (refused.length === 0 && warnings.length === 0) return null;
  return (
    <section className="sync-attention" aria-labelledby="sync-attention-title">
      <h2 id="sync-attention-title">{t('sync.attention.title')}</h2>
      {refused.length > 0 ? (
        <section aria-labelledby="sync-refused-title">
          <h3 id="sync-refused-title">{t('sync.attention.refusedTitle')}</h3>
          <p className="sync-attention__intro">{t('sync.attention.refusedIntro')}</p>
          <ul className="sync-attention__list">
            {refused.map((c) => (
              <RefusedItem key={c.id} change={c} />
            ))}
          </ul>
        </section>
      ) : null}
      {warnings.length > 0 ? (
        <section aria-labelledby="sync-not-applied-title">
          <h3 id="sync-not-applied-title">{t('sync.attention.warningsTitle')}</h3>
          <p className="sync-attention__intro">{t('sync.attention.warningsIntro')}</p>
          <ul className="sync-attention__list">
            {warnings.map((w) => (
              <NotAppliedItem key={`${w.table}/${w.recordId}`} record={w} />
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
