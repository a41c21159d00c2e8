import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { OverageConfirm, type OrderChoice } from './OverageConfirm';

export interface OverageProps {
  /** The warning awaiting confirmation; null while there is none. */
  warning: string | null;
  onBack: () => void;
  onConfirm: (order: OrderChoice | null) => void;
}

interface Props {
  title: string;
  busy: boolean;
  /** Called on submit, the browser's own submission already prevented. */
  onSubmit: () => void;
  onClose: () => void;
  /** For records that can exceed an allowance: the confirmation that replaces Save/Cancel. */
  overage?: OverageProps;
  children: ReactNode;
}

/** The shell of every quota dialog: the fields, then Save/Cancel (or the overage confirmation). */
export function QuotaDialogForm({ title, busy, onSubmit, onClose, overage, children }: Props) {
  const { t } = useTranslation();
  const warning = overage?.warning ?? null;
  return (
    <Dialog open title={title} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {/* Frozen while the overage warning asks for confirmation: it speaks of these values. */}
        {overage ? (
          <fieldset className="plain-fieldset" disabled={warning !== null}>
            {children}
          </fieldset>
        ) : (
          children
        )}
        {overage && warning !== null ? (
          <OverageConfirm
            message={warning}
            busy={busy}
            onBack={overage.onBack}
            onConfirm={overage.onConfirm}
          />
        ) : (
          <div className="dialog-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('common.save')}
            </button>
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
