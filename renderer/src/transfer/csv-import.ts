/** CSV rows → validated records: column mapping, typed conversion, errors by line and column. */
import { parseDateKey } from '@shared/calendar/dates';
import { wallToInstant } from '@shared/calendar/zone';
import { weeklyCalendar } from '@shared/calendar/presets';
import type { IncidentStatus } from '@shared/domain/types';
import { isOpenStatus, newIncidentFields, type RankedIncident } from '@shared/incidents/index';
import { validateWrite, type Account, type RecordOf } from '@shared/schemas/index';
import { unescapeCell } from './csv-format';
import { matchLabel } from './csv-labels';

export type ImportTarget = 'accounts' | 'incidents';
export type FieldType =
  'text' | 'number' | 'date' | 'datetime' | 'plan' | 'severity' | 'status' | 'category';

export interface ImportField {
  key: string;
  type: FieldType;
  required: boolean;
  /** Header names recognised automatically (lower case, en and fr). */
  aliases: string[];
}

export const IMPORT_FIELDS: Record<ImportTarget, ImportField[]> = {
  accounts: [
    { key: 'name', type: 'text', required: true, aliases: ['name', 'account', 'nom', 'compte'] },
    { key: 'plan', type: 'plan', required: true, aliases: ['plan', 'offre'] },
    {
      key: 'subscriptionStart',
      type: 'date',
      required: true,
      aliases: ['subscription start', 'subscriptionstart', 'début abonnement', 'debut abonnement'],
    },
    {
      key: 'timeZone',
      type: 'text',
      required: true,
      aliases: ['time zone', 'timezone', 'fuseau horaire', 'fuseau'],
    },
    {
      key: 'annualSaasAmount',
      type: 'number',
      required: false,
      aliases: ['annual saas amount', 'amount', 'montant saas annuel', 'montant'],
    },
    { key: 'csmName', type: 'text', required: false, aliases: ['csm'] },
    { key: 'sdmName', type: 'text', required: false, aliases: ['sdm'] },
  ],
  incidents: [
    { key: 'account', type: 'text', required: true, aliases: ['account', 'compte', 'client'] },
    { key: 'title', type: 'text', required: true, aliases: ['title', 'titre', 'subject', 'sujet'] },
    {
      key: 'severity',
      type: 'severity',
      required: true,
      aliases: ['severity', 'sévérité', 'severite', 'sev'],
    },
    {
      key: 'status',
      type: 'status',
      required: true,
      aliases: ['status', 'statut', 'état', 'etat'],
    },
    {
      key: 'reportedAt',
      type: 'datetime',
      required: true,
      aliases: ['reported at', 'reported', 'reportedat', 'signalé le', 'date'],
    },
    {
      key: 'category',
      type: 'category',
      required: false,
      aliases: ['category', 'catégorie', 'categorie'],
    },
    {
      key: 'respondedAt',
      type: 'datetime',
      required: false,
      aliases: ['responded at', 'respondedat', 'répondu le'],
    },
    {
      key: 'resolvedAt',
      type: 'datetime',
      required: false,
      aliases: ['resolved at', 'resolvedat', 'résolu le'],
    },
    { key: 'description', type: 'text', required: false, aliases: ['description'] },
    { key: 'interface', type: 'text', required: false, aliases: ['interface'] },
    { key: 'extension', type: 'text', required: false, aliases: ['extension'] },
  ],
};

/** field key → column index, or -1 when unmapped. */
export type Mapping = Record<string, number>;

export function autoMapping(target: ImportTarget, header: readonly string[]): Mapping {
  const lower = header.map((h) => h.trim().toLowerCase());
  return Object.fromEntries(
    IMPORT_FIELDS[target].map((f) => [
      f.key,
      lower.findIndex((h) => h === f.key.toLowerCase() || f.aliases.includes(h)),
    ]),
  );
}

export type CellErrorCode =
  | 'required'
  | 'number'
  | 'date'
  | 'datetime'
  | 'plan'
  | 'severity'
  | 'status'
  | 'category'
  | 'account'
  | 'interface'
  | 'extension'
  | 'resolvedWhileOpen'
  | 'invalid';

export interface RowError {
  /** Line in the file (the header is line 1). */
  line: number;
  /** Column header as written in the file (or the field key when unmapped). */
  column: string;
  code: CellErrorCode;
  /** The schema's message for 'invalid', else the offending value. */
  detail: string;
}

export interface ImportResult<T extends ImportTarget> {
  valid: Array<{ line: number; record: RecordOf<T> }>;
  errors: RowError[];
  /** Lines with at least one error. */
  invalidLines: number[];
}

const DATETIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)? ?(Z|[+-]\d{2}:?\d{2})?$/;
const FR_DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/;

/**
 * ISO 'YYYY-MM-DD[THH:mm[:ss[.sss]]][ ][Z|±hh:mm]' (the readable export's '2026-03-02 14:05
 * +01:00' included) or 'DD/MM/YYYY[ HH:mm]'; no zone = the account's.
 */
export function parseDateTime(value: string, timeZone: string): string | null {
  let date: string;
  let h: number;
  let m: number;
  let s = 0;
  let ms = 0;
  let zone: string | undefined;
  const iso = DATETIME.exec(value);
  const fr = FR_DATE.exec(value);
  if (iso) {
    date = iso[1] ?? '';
    h = Number(iso[2] ?? 0);
    m = Number(iso[3] ?? 0);
    s = Number(iso[4] ?? 0);
    ms = Number((iso[5] ?? '').padEnd(3, '0'));
    zone = iso[6];
  } else if (fr) {
    date = `${fr[3] ?? ''}-${fr[2] ?? ''}-${fr[1] ?? ''}`;
    h = Number(fr[4] ?? 0);
    m = Number(fr[5] ?? 0);
  } else return null;
  const day = parseDateKey(date);
  if (day === null || h > 23 || m > 59 || s > 59) return null;
  const wall = day * 86_400_000 + ((h * 60 + m) * 60 + s) * 1000 + ms;
  if (zone !== undefined) {
    const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    const sign = offset?.[1] === '-' ? -1 : 1;
    const minutes = offset ? Number(offset[2]) * 60 + Number(offset[3]) : 0;
    if (minutes >= 24 * 60) return null;
    return new Date(wall - sign * minutes * 60_000).toISOString();
  }
  return new Date(wallToInstant(timeZone, wall)).toISOString();
}

function parseNumber(value: string): number | null {
  const normalized = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

export interface ImportContext {
  accounts: readonly Account[];
  /** Stored incidents (open ones suffice): imported open incidents join the bottom of the ranking. */
  incidents: readonly RankedIncident[];
  /** Who imports: the author of each incident's first status entry. */
  by: string;
  now: Date;
  newId: () => string;
}

const PROGRESS_EVERY = 1000;

/** Converts and validates every data row; nothing is stored here. */
export function buildImport<T extends ImportTarget>(
  target: T,
  header: readonly string[],
  rows: readonly string[][],
  mapping: Mapping,
  ctx: ImportContext,
  /** Told the fraction of rows done, every PROGRESS_EVERY rows (the worker posts it on). */
  onProgress: (fraction: number) => void = () => undefined,
): ImportResult<T> {
  const fields = IMPORT_FIELDS[target];
  const valid: ImportResult<T>['valid'] = [];
  const errors: RowError[] = [];
  const byName = new Map(ctx.accounts.map((a) => [a.name.trim().toLowerCase(), a]));
  // Rows imported so far count for the next row's rank key, as if created one after another.
  const known: RankedIncident[] = [...ctx.incidents];
  rows.forEach((cells, index) => {
    if (index % PROGRESS_EVERY === 0) onProgress(index / Math.max(1, rows.length));
    const line = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const rowErrors: RowError[] = [];
    const hasErrors = () => rowErrors.length > 0;
    const columnOf = (key: string) => {
      const i = mapping[key] ?? -1;
      return i >= 0 ? (header[i] ?? key) : key;
    };
    const raw = (key: string) => {
      const i = mapping[key] ?? -1;
      return i >= 0 ? unescapeCell((cells[i] ?? '').trim()) : '';
    };
    const fail = (key: string, code: CellErrorCode, detail = raw(key)) =>
      rowErrors.push({ line, column: columnOf(key), code, detail });
    for (const f of fields) if (f.required && raw(f.key) === '') fail(f.key, 'required');
    const accountName = raw('account');
    const account = target === 'incidents' ? byName.get(accountName.toLowerCase()) : undefined;
    if (target === 'incidents' && accountName !== '' && account === undefined)
      fail('account', 'account');
    const tz = account?.timeZone ?? raw('timeZone');
    const value: Record<string, unknown> = {};
    for (const f of fields) {
      const v = raw(f.key);
      if (v === '') continue;
      let out: unknown = v;
      if (f.type === 'number') out = parseNumber(v);
      else if (f.type === 'date') out = parseDateKey(v) === null ? null : v;
      else if (f.type === 'datetime') out = parseDateTime(v, tz || 'UTC');
      else if (f.type !== 'text') out = matchLabel(f.type, v);
      if (out === null) fail(f.key, f.type === 'text' ? 'invalid' : f.type);
      else value[f.key] = out;
    }
    if (rowErrors.length === 0) {
      const record =
        target === 'accounts'
          ? accountRecord(value, ctx)
          : incidentRecord(value, account, { ...ctx, incidents: known }, fail);
      if (record !== null && !hasErrors()) {
        const result = validateWrite(target, record); // text limits too (shared/schemas/limits.ts)
        if (result.ok) {
          valid.push({ line, record: result.value });
          if (target === 'incidents') known.push(result.value as RecordOf<'incidents'>);
        } else
          for (const e of result.errors) {
            const key = e.path.split('.')[0] ?? '';
            rowErrors.push({ line, column: columnOf(key), code: 'invalid', detail: e.message });
          }
      }
    }
    errors.push(...rowErrors);
  });
  onProgress(1);
  return { valid, errors, invalidLines: [...new Set(errors.map((e) => e.line))] };
}

function accountRecord(v: Record<string, unknown>, ctx: ImportContext) {
  const tz = String(v.timeZone);
  return {
    id: ctx.newId(),
    updatedAt: ctx.now.toISOString(),
    deletedAt: null,
    name: v.name,
    plan: v.plan,
    annualSaasAmount: v.annualSaasAmount ?? 0,
    subscriptionStart: v.subscriptionStart,
    timeZone: tz,
    businessCalendar: weeklyCalendar(
      tz,
      ['mon', 'tue', 'wed', 'thu', 'fri'],
      [{ start: '09:00', end: '18:00' }],
    ),
    csmName: v.csmName ?? '',
    sdmName: v.sdmName ?? null,
    contacts: [],
    monitoredInterfaces: [],
    extensions: [],
    managedServices: [],
  };
}

/**
 * An incident row through the same lifecycle rules as the form (shared/incidents/lifecycle.ts):
 * first status entry, derived respondedAt/resolvedAt unless the file gives them, rank key.
 */
function incidentRecord(
  v: Record<string, unknown>,
  account: Account | undefined,
  ctx: ImportContext,
  fail: (key: string, code: CellErrorCode) => void,
) {
  if (account === undefined) return null;
  const status = v.status as IncidentStatus;
  if (v.resolvedAt !== undefined && isOpenStatus(status)) fail('resolvedAt', 'resolvedWhileOpen');
  const byName = (list: ReadonlyArray<{ id: string; name: string }>, name: unknown) =>
    typeof name === 'string'
      ? list.find((x) => x.name.toLowerCase() === name.toLowerCase())?.id
      : undefined;
  const interfaceId = byName(account.monitoredInterfaces, v.interface) ?? null;
  const extensionId = byName(account.extensions, v.extension) ?? null;
  if (v.interface !== undefined && interfaceId === null) fail('interface', 'interface');
  if (v.extension !== undefined && extensionId === null) fail('extension', 'extension');
  const stamps = {
    status,
    reportedAt: v.reportedAt as string,
    respondedAt: (v.respondedAt as string | undefined) ?? null,
    resolvedAt: (v.resolvedAt as string | undefined) ?? null,
  };
  return {
    id: ctx.newId(),
    updatedAt: ctx.now.toISOString(),
    deletedAt: null,
    accountId: account.id,
    title: v.title,
    description: v.description ?? '',
    severity: v.severity,
    category: v.category ?? (interfaceId ? 'interface' : extensionId ? 'extension' : 'application'),
    interfaceId,
    extensionId,
    ...newIncidentFields(stamps, { account, incidents: ctx.incidents, by: ctx.by, now: ctx.now }),
  };
}
