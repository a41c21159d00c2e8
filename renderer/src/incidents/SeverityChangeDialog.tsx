import type { Severity } from '@shared/domain/types';
import type { Account, Incident } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { useAccountRecords } from '../db/queries';
import { useWorkspaceSettings } from '../db/workspace';
import { Dialog } from '../ui/Dialog';
import { useNow } from '../ui/useNow';
import { previewSeverityChange } from './severity-preview';
import { SeverityChangeSummary } from './SeverityChangeSummary';

interface Props {
  incident: Incident;
  account: Account;
  /** The severity asked for; null keeps the dialog closed. */
  to: Severity | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a severity change and says what it does to the clocks: the SLA engine run on the
 * incident with the change appended at now. Cancel (or Escape) changes nothing.
 */
export function SeverityChangeDialog({ incident, account, to, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const settings = useWorkspaceSettings();
  const events = useAccountRecords('specialEvents', account.id);
  const now = useNow(10_000);
  const lower = to !== null && to > incident.severity;
  const preview =
    to === null || settings === undefined || events === undefined
      ? null
      : previewSeverityChange(incident, to, account, settings, events, now);
  return (
    <Dialog
      open={to !== null}
      title={
        to === null ? '' : t(`incidents.change.${lower ? 'lower' : 'raise'}`, { severity: to })
      }
      onClose={onCancel}
    >
      {preview === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <SeverityChangeSummary preview={preview} timeZone={account.timeZone} />
      )}
      <div className="form-actions form-actions--dialog">
        <button type="button" className="primary" disabled={preview === null} onClick={onConfirm}>
          {t(`incidents.change.${lower ? 'confirmLower' : 'confirmRaise'}`, { severity: to ?? '' })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
