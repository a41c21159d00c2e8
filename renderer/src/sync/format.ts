import type { TFunction } from 'i18next';
import type { SyncFailure } from './api';
import { dateTimeFormat } from '@shared/intl';

/** Short local time ("14:05", or date and time when not today) in the UI language. */
export function formatSyncTime(at: number, language: string, now = Date.now()): string {
  const d = new Date(at);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return dateTimeFormat(
    language,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(d);
}

export function failureMessage(t: TFunction, failure: SyncFailure): string {
  return t(`sync.errors.${failure.kind}`, { detail: failure.detail });
}
