import type { Account } from '@shared/schemas/index';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countEntries, totalOf, useAccountRecordCounts } from '../../db/trash';
import { Dialog } from '../../ui/Dialog';
import { deleteWithUndo } from '../../trash';

/**
 * Delete on the account page. An account with records asks first and says how many of each
 * go to the Trash with it; an empty one goes at once (Undo is in the toast either way). Counts are live.
 */
export function DeleteAccountButton({ account }: { account: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const counts = useAccountRecordCounts(account.id);
  const [asking, setAsking] = useState(false);
  const remove = async () => {
    setAsking(false);
    await deleteWithUndo('accounts', account.id, account.name);
    void navigate('/accounts');
  };
  const entries = counts === undefined ? [] : countEntries(counts);
  return (
    <>
      <button
        type="button"
        // Enabled once the count is known, so the choice to ask is made on it.
        disabled={counts === undefined}
        onClick={() => {
          if (counts !== undefined && totalOf(counts) === 0) void remove();
          else setAsking(true);
        }}
      >
        <Trash2 size={16} aria-hidden="true" /> {t('accounts.detail.delete')}
      </button>
      <Dialog
        open={asking}
        title={t('accounts.delete.title', { name: account.name })}
        onClose={() => setAsking(false)}
      >
        <p>{t('accounts.delete.body', { count: totalOf(counts ?? {}) })}</p>
        <ul data-testid="delete-counts">
          {entries.map(([table, count]) => (
            <li key={table}>{t(`trash.counts.${table}`, { count })}</li>
          ))}
        </ul>
        <p className="hint">{t('accounts.delete.undoHint')}</p>
        <div className="form-actions form-actions--dialog">
          <button type="button" className="danger-solid" onClick={() => void remove()}>
            <Trash2 size={16} aria-hidden="true" /> {t('accounts.delete.confirm')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
