/** The release form's values, checks and conversion to a record (pure, unit-tested). */
import type { Release } from '@shared/schemas/index';
import { splitList, toLocalInput } from './format';

export interface ReleaseValues {
  name: string;
  version: string;
  releaseDate: string;
  webinarAt: string;
  summary: string;
  changedModules: string;
  notes: string;
}

export type ReleaseErrorKey = 'required' | 'invalidDate' | 'invalidDateTime' | 'duplicateModule';
export type ReleaseErrors = Partial<
  Record<keyof ReleaseValues, { key: ReleaseErrorKey; name?: string }>
>;

export function releaseValues(release: Release | null): ReleaseValues {
  return {
    name: release?.name ?? '',
    version: release?.version ?? '',
    releaseDate: release?.releaseDate ?? '',
    webinarAt: toLocalInput(release?.webinarAt ?? null),
    summary: release?.summary ?? '',
    changedModules: release?.changedModules.join('\n') ?? '',
    notes: release?.notes ?? '',
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks before saving; message keys are under releases.form. */
export function checkRelease(v: ReleaseValues): ReleaseErrors {
  const errors: ReleaseErrors = {};
  if (v.name.trim() === '') errors.name = { key: 'required' };
  if (v.version.trim() === '') errors.version = { key: 'required' };
  if (v.releaseDate === '') errors.releaseDate = { key: 'required' };
  else if (!DATE.test(v.releaseDate) || Number.isNaN(Date.parse(v.releaseDate)))
    errors.releaseDate = { key: 'invalidDate' };
  if (v.webinarAt !== '' && Number.isNaN(new Date(v.webinarAt).getTime()))
    errors.webinarAt = { key: 'invalidDateTime' };
  const seen = new Set<string>();
  for (const m of splitList(v.changedModules)) {
    const k = m.toLowerCase();
    if (seen.has(k)) {
      errors.changedModules = { key: 'duplicateModule', name: m };
      break;
    }
    seen.add(k);
  }
  return errors;
}

/** The record fields of valid values (webinar read in the computer's own time zone). */
export function releasePatch(v: ReleaseValues): Omit<Release, 'id' | 'updatedAt' | 'deletedAt'> {
  return {
    name: v.name.trim(),
    version: v.version.trim(),
    releaseDate: v.releaseDate,
    webinarAt: v.webinarAt === '' ? null : new Date(v.webinarAt).toISOString(),
    summary: v.summary.trim(),
    changedModules: splitList(v.changedModules),
    notes: v.notes,
  };
}
