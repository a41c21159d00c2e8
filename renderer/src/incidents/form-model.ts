import type { IncidentCategory, IncidentStatus, Severity } from '@shared/domain/types';
import type { Account, Incident } from '@shared/schemas/index';
import type { TFunction } from 'i18next';
import type { IncidentInput } from '../db/incidents';
import { fromZonedInput, toZonedInput } from '@shared/calendar/zoned-time';
import { tooLongText } from '../ui/limits';

/** What the form edits: strings as the controls hold them. */
export interface IncidentDraft {
  accountId: string;
  title: string;
  description: string;
  severity: Severity;
  category: IncidentCategory;
  interfaceId: string;
  extensionId: string;
  /** datetime-local value, wall time in the account's zone. */
  reportedAt: string;
  status: IncidentStatus;
  owner: string;
}

export function newDraft(
  accountId: string,
  timeZone: string | undefined,
  owner: string,
  now: Date,
): IncidentDraft {
  return {
    accountId,
    title: '',
    description: '',
    severity: 3,
    category: 'application',
    interfaceId: '',
    extensionId: '',
    reportedAt: timeZone === undefined ? '' : toZonedInput(now.toISOString(), timeZone),
    status: 'new',
    owner,
  };
}

/**
 * The draft after the user picks another account. Interface and extension ids belong to the
 * previous account. A new incident's "Reported" that the user has not typed (empty, or the value
 * filled in for the previous account) becomes now in the chosen account's zone, so the global
 * "New incident" (no account yet) can be saved without typing a time.
 */
export function withAccount(
  draft: IncidentDraft,
  account: Account | undefined,
  autoReportedAt: string | null,
  now: Date,
): IncidentDraft {
  const untouched = draft.reportedAt === '' || draft.reportedAt === autoReportedAt;
  return {
    ...draft,
    accountId: account?.id ?? '',
    interfaceId: '',
    extensionId: '',
    reportedAt:
      untouched && account !== undefined
        ? toZonedInput(now.toISOString(), account.timeZone)
        : draft.reportedAt,
  };
}

export function draftFromIncident(incident: Incident, account: Account | undefined): IncidentDraft {
  return {
    accountId: incident.accountId,
    title: incident.title,
    description: incident.description,
    severity: incident.severity,
    category: incident.category,
    interfaceId: incident.interfaceId ?? '',
    extensionId: incident.extensionId ?? '',
    reportedAt: account === undefined ? '' : toZonedInput(incident.reportedAt, account.timeZone),
    status: incident.status,
    owner: incident.owner ?? '',
  };
}

/**
 * The record fields for a draft. An unparseable time is passed through as '' so the shared
 * schema reports it along with every other problem, in one pass. `keepReportedAt` keeps the
 * stored instant (with its seconds) when the field was not touched.
 */
export function inputFromDraft(
  draft: IncidentDraft,
  account: Account | undefined,
  keepReportedAt?: { value: string; iso: string },
): IncidentInput {
  let reportedAt = '';
  if (keepReportedAt !== undefined && keepReportedAt.value === draft.reportedAt) {
    reportedAt = keepReportedAt.iso;
  } else if (account !== undefined) {
    const parsed = fromZonedInput(draft.reportedAt, account.timeZone);
    if (parsed.ok) reportedAt = parsed.iso;
  }
  const owner = draft.owner.trim();
  return {
    accountId: account === undefined ? '' : draft.accountId,
    title: draft.title,
    description: draft.description,
    severity: draft.severity,
    category: draft.category,
    interfaceId:
      draft.category === 'interface' && draft.interfaceId !== '' ? draft.interfaceId : null,
    extensionId:
      draft.category === 'extension' && draft.extensionId !== '' ? draft.extensionId : null,
    reportedAt,
    status: draft.status,
    owner: owner === '' ? null : owner,
  };
}

/** The form field an error path belongs to, and the message in the UI language. */
export function formErrors(
  byField: Record<string, string>,
  t: TFunction,
): Partial<Record<keyof IncidentDraft, string>> {
  const known: Record<string, [keyof IncidentDraft, string]> = {
    accountId: ['accountId', t('incidents.error.account')],
    title: ['title', t('incidents.error.title')],
    interfaceId: ['interfaceId', t('incidents.error.interface')],
    extensionId: ['extensionId', t('incidents.error.extension')],
    reportedAt: ['reportedAt', t('incidents.error.reportedAt')],
    respondedAt: ['reportedAt', t('incidents.error.reportedAfterStamps')],
    resolvedAt: ['reportedAt', t('incidents.error.reportedAfterStamps')],
    workaroundAt: ['reportedAt', t('incidents.error.reportedAfterStamps')],
  };
  const out: Partial<Record<keyof IncidentDraft, string>> = {};
  for (const [path, message] of Object.entries(byField)) {
    const hit = known[path];
    const field = hit?.[0] ?? (path.split('.')[0] as keyof IncidentDraft);
    out[field] ??= tooLongText(message, t) ?? hit?.[1] ?? message;
  }
  return out;
}
