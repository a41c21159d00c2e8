/**
 * The one source of incident status and severity labels, in the user's language: every screen,
 * dialog and report that names a status or a severity asks here, so the words live once in the
 * catalogue (incidents.status, incidents.severityName).
 */
import type { IncidentStatus, Severity } from '@shared/domain/types';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** 'In progress' / 'En cours'. */
export function statusLabel(t: TFunction, status: IncidentStatus): string {
  return t(`incidents.status.${status}`);
}

/** 'Critical' / 'Critique'. */
export function severityName(t: TFunction, severity: Severity): string {
  return t(`incidents.severityName.${severity}`);
}

/** '1 · Critical': the severity's number and name, as pickers and histories show it. */
export function severityShort(t: TFunction, severity: Severity): string {
  return t('incidents.severityShort', { severity, name: severityName(t, severity) });
}

/** The three labels bound to the current language, for components. */
export function useIncidentLabels() {
  const { t } = useTranslation();
  return {
    status: (status: IncidentStatus) => statusLabel(t, status),
    severityName: (severity: Severity) => severityName(t, severity),
    severityShort: (severity: Severity) => severityShort(t, severity),
  };
}
