import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordValidationError } from '../db/errors';
import { reportError } from '../ui/errors';
import type { OrderChoice } from './OverageConfirm';
import type { OverageProps } from './QuotaDialogForm';
import { translateTooLong } from '../ui/limits';

/**
 * The state a quota dialog's save shares: field errors, the pending overage warning and busy.
 * `save` runs the writes; on failure the dialog goes back to its fields (the warning is dropped),
 * showing a refused record's field errors, or reporting anything else. `overage` wires the
 * warning into QuotaDialogForm: going back from it just drops it.
 */
export function useDialogSave({ fieldErrors = true }: { fieldErrors?: boolean } = {}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [warning, setWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (writes: () => Promise<void>) => {
    setBusy(true);
    try {
      await writes();
    } catch (error) {
      if (fieldErrors && error instanceof RecordValidationError)
        setErrors(translateTooLong(error.byField(), t));
      else reportError(error);
      setWarning(null);
    } finally {
      setBusy(false);
    }
  };
  const overage = (onConfirm: (order: OrderChoice | null) => void): OverageProps => ({
    warning,
    onBack: () => {
      setWarning(null);
    },
    onConfirm,
  });
  return { errors, setErrors, setWarning, busy, save, overage };
}
