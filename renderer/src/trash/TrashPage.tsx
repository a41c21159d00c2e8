import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RotateCcw, Trash2 } from 'lucide-react';
import { RECORD_TABLES } from '@shared/schemas/index';
import { useTrash, type TrashEntry } from '../db/queries';
import { restoreRecord } from '../db/records';
import { purgeRecord, totalOf } from '../db/trash';
import { Dialog } from '../ui/Dialog';
import { EmptyState } from '../ui/EmptyState';
import { reportError } from '../ui/errors';
import { Page } from '../ui/Page';
import { showToast } from '../ui/toast-store';
import { restoredAlongMessage } from './undo';
import { groupTrash, recordsInTrashOf } from './groups';
import { trashName } from './name';
import '../accounts/accounts.css';
import './trash.css';
import { dateTimeFormat } from '@shared/intl';
import { Truncate } from '../ui/Truncate';

export function TrashPage() {
  const { t, i18n } = useTranslation();
  const entries = useTrash(RECORD_TABLES);
  const [purging, setPurging] = useState<TrashEntry | null>(null);
  const when = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const name = (entry: TrashEntry) => trashName(entry.record) ?? t('trash.untitled');

  const restore = async (entry: TrashEntry) => {
    try {
      const change = await restoreRecord(entry.table, entry.record.id);
      const message =
        restoredAlongMessage(name(entry), change) ?? t('trash.restored', { name: name(entry) });
      showToast({ tone: 'success', message });
    } catch (error) {
      reportError(error);
    }
  };
  const purge = async (entry: TrashEntry) => {
    setPurging(null);
    try {
      const count = totalOf(await purgeRecord(entry.table, entry.record.id));
      const message =
        count > 0
          ? t('trash.purgedWith', { name: name(entry), count })
          : t('trash.purged', { name: name(entry) });
      showToast({ tone: 'info', message });
    } catch (error) {
      reportError(error);
    }
  };

  const purgeBody = (entry: TrashEntry) => {
    const count = entry.table === 'accounts' ? recordsInTrashOf(entries ?? [], entry.record.id) : 0;
    return count > 0
      ? t('trash.purgeAccountBody', { name: name(entry), count })
      : t('trash.purgeBody', { name: name(entry) });
  };

  return (
    <Page title={t('trash.title')}>
      {entries === undefined ? (
        <p>{t('common.loading')}</p>
      ) : entries.length === 0 ? (
        <EmptyState icon={Trash2} title={t('trash.emptyTitle')} body={t('trash.emptyBody')} />
      ) : (
        <>
          <p className="hint">{t('trash.intro')}</p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('trash.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trash.what')}</th>
                  <th scope="col">{t('trash.type')}</th>
                  <th scope="col">{t('trash.deleted')}</th>
                  <th scope="col">{t('trash.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {groupTrash(entries).map(({ entry, withAccount, groupSize }) => (
                  <tr
                    key={`${entry.table}:${entry.record.id}`}
                    className={withAccount ? 'trash-row--with' : undefined}
                  >
                    <th scope="row">
                      <Truncate text={name(entry)} />
                      {withAccount ? (
                        <span className="trash-row__note">
                          <Truncate text={t('trash.deletedWith', { account: name(withAccount) })} />
                        </span>
                      ) : groupSize > 0 ? (
                        <span className="trash-row__note">
                          {t('trash.groupCount', { count: groupSize })}
                        </span>
                      ) : null}
                    </th>
                    <td>{t(`trash.tables.${entry.table}`)}</td>
                    <td>
                      <time dateTime={entry.record.deletedAt ?? ''}>
                        {when.format(new Date(entry.record.deletedAt ?? 0))}
                      </time>
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        aria-label={t('trash.restoreLabel', { name: name(entry) })}
                        onClick={() => void restore(entry)}
                      >
                        <RotateCcw size={16} aria-hidden="true" /> {t('trash.restore')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('trash.purgeLabel', { name: name(entry) })}
                        onClick={() => setPurging(entry)}
                      >
                        <Trash2 size={16} aria-hidden="true" /> {t('trash.purge')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Dialog
        open={purging !== null}
        title={t('trash.purgeTitle')}
        onClose={() => setPurging(null)}
      >
        {purging ? (
          <>
            <p>{purgeBody(purging)}</p>
            <div className="form-actions form-actions--dialog">
              <button type="button" className="danger-solid" onClick={() => void purge(purging)}>
                {t('trash.purge')}
              </button>
              <button type="button" onClick={() => setPurging(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </Page>
  );
}
