import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';

interface Props {
  open: boolean;
  pending: number;
  onClose: () => void;
  onSignOut: (discardOutbox: boolean) => void;
}

/** Asked only when changes are unsent: keeping them is the default, discarding says how many. */
export function SignOutDialog({ open, pending, onClose, onSignOut }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('sync.signOutDialog.title')} onClose={onClose}>
      <p>{t('sync.signOutDialog.body', { count: pending })}</p>
      <div className="sync-dialog__actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={() => onSignOut(true)}>
          {t('sync.signOutDialog.discard', { count: pending })}
        </button>
        <button type="button" className="primary" onClick={() => onSignOut(false)}>
          {t('sync.signOutDialog.keep')}
        </button>
      </div>
    </Dialog>
  );
}
