/**
 * Who may change what through sync (the team's write-permission rule, decided in issue 18):
 * - admin: everything;
 * - delivery manager: every record, and of the workspace settings only its targets (response and
 *   resolution targets, the at-risk threshold);
 * - SDM and CSM: every record, not the workspace settings.
 * Members themselves are managed through the members endpoints, admins only. The server applies
 * this rule to each pushed change; the app may use it to say so before anyone types.
 */
import type { RecordTable } from '../schemas/index';
import type { MemberRole } from './protocol';

/** Fields of the settings record that are the workspace's targets. */
export const TARGET_SETTINGS_FIELDS: readonly string[] = ['slaTargets', 'atRiskFraction'];

/** Stamped on every save: changing them alone changes nothing a role guards. */
const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['id', 'updatedAt']);

/** Why a role may not make a change; the app words each code in the user's language. */
export const WRITE_REFUSAL_CODES = ['settings-admin-only', 'targets-only'] as const;
export type WriteRefusalCode = (typeof WRITE_REFUSAL_CODES)[number];

export const isWriteRefusalCode = (code: unknown): code is WriteRefusalCode =>
  (WRITE_REFUSAL_CODES as readonly unknown[]).includes(code);

/** Null when `role` may change these fields of a record in `table`, else why not. */
export function writeRefusal(
  role: MemberRole,
  table: RecordTable,
  fields: readonly string[],
): WriteRefusalCode | null {
  if (role === 'admin' || table !== 'settings') return null;
  if (role !== 'delivery-manager') return 'settings-admin-only';
  const allowed = fields.every(
    (f) => BOOKKEEPING_FIELDS.has(f) || TARGET_SETTINGS_FIELDS.includes(f),
  );
  return allowed ? null : 'targets-only';
}
