/**
 * Demo workspace generator: a realistic, deterministic book of accounts with their
 * incidents, meetings, releases and allowances, derived only from a seed and `now`.
 */
import type { Account } from '../schemas/account';
import type { RecordTable } from '../schemas/index';
import { validateRecord } from '../schemas/index';
import type { Incident } from '../schemas/incident';
import type { ActionItem, Meeting } from '../schemas/meeting';
import type { SpecialEvent, TimeEntry, WorkOrder } from '../schemas/quota-records';
import type { ReadinessAssessment } from '../schemas/readiness';
import type { Release, ReleaseAssessment } from '../schemas/release';
import type { WorkspaceSettings } from '../schemas/settings';
import { defaultWorkspaceSettings } from '../schemas/settings';
import { generateAccounts } from './accounts';
import { generateAllowances } from './allowances';
import { generateEngagement } from './engagement';
import { generateIncidents } from './incidents';
import { Rng, deriveSeed } from './random';
import { generateReadinessAssessments } from './readiness';
import { generateReleases } from './releases';
import { isShowcaseAccount } from './showcase';
import { withShowcaseWeekend } from './weekend';
import { entitlementsFor } from '../plans/entitlements';

export interface DemoOptions {
  seed: number;
  now: Date;
  /** Default 12. */
  accounts?: number;
  /** Approximate total, default 400. */
  incidents?: number;
  /** Default 18. */
  monthsOfHistory?: number;
}

export interface DemoWorkspace {
  accounts: Account[];
  incidents: Incident[];
  meetings: Meeting[];
  actionItems: ActionItem[];
  releases: Release[];
  releaseAssessments: ReleaseAssessment[];
  specialEvents: SpecialEvent[];
  timeEntries: TimeEntry[];
  workOrders: WorkOrder[];
  readinessAssessments: ReadinessAssessment[];
  settings: WorkspaceSettings;
}

/** Table name → records, in the shape of `recordSchemas` (settings as a one-row table). */
export type DemoTables = Omit<DemoWorkspace, 'settings'> & { settings: WorkspaceSettings[] };

export const DEMO_DEFAULTS = { accounts: 12, incidents: 400, monthsOfHistory: 18 } as const;

function count(value: number | undefined, fallback: number, what: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0)
    throw new RangeError(`${what} must be a whole number ≥ 0 (got ${v}).`);
  return v;
}

/** Same seed and `now` → deep-equal workspaces; another seed → another workspace. */
export function generateDemoWorkspace(options: DemoOptions): DemoWorkspace {
  const now = options.now.getTime();
  if (Number.isNaN(now)) throw new RangeError('now must be a valid date.');
  const accountsN = count(options.accounts, DEMO_DEFAULTS.accounts, 'accounts');
  const incidentsN = count(options.incidents, DEMO_DEFAULTS.incidents, 'incidents');
  const months = count(options.monthsOfHistory, DEMO_DEFAULTS.monthsOfHistory, 'monthsOfHistory');
  const d = new Date(now);
  const historyStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate());
  // Independent streams: more incidents do not change the accounts, and so on.
  const stream = (label: string) => new Rng(deriveSeed(options.seed, label));

  const ctx = generateAccounts(stream('accounts'), { count: accountsN, now, historyStart });
  const { incidents, extensionOverAccounts } = generateIncidents(stream('incidents'), ctx, {
    total: accountsN === 0 ? 0 : incidentsN,
    now,
    historyStart,
  });
  const { meetings, actionItems } = generateEngagement(stream('engagement'), ctx, {
    now,
    historyStart,
  });
  const { releases, releaseAssessments } = generateReleases(stream('releases'), ctx, {
    now,
    pastMonths: Math.min(6, Math.max(1, months)),
  });
  const { specialEvents, timeEntries, workOrders } = generateAllowances(
    stream('allowances'),
    ctx,
    incidents,
    { now, historyStart, extensionOverAccounts },
  );
  const showcase = ctx[0]?.account;
  return {
    accounts: ctx.map((c) => c.account),
    incidents,
    meetings,
    actionItems,
    releases,
    releaseAssessments,
    specialEvents:
      showcase !== undefined && isShowcaseAccount(showcase)
        ? withShowcaseWeekend(
            specialEvents,
            showcase,
            entitlementsFor(showcase.plan).specialEventsPerYear,
            now,
          )
        : specialEvents,
    timeEntries,
    workOrders,
    readinessAssessments: generateReadinessAssessments(stream('readiness'), ctx, {
      now,
      historyStart,
    }),
    settings: defaultWorkspaceSettings(new Date(now).toISOString()),
  };
}

/** The workspace as tables keyed like `recordSchemas`, e.g. for seeding a store. */
export function demoTables(workspace: DemoWorkspace): DemoTables {
  return { ...workspace, settings: [workspace.settings] };
}

/**
 * Readable problems, at most `limit`: records the schema rejects, and records whose
 * parsed value differs from what was generated (defaults filled, keys stripped),
 * which means the generator and the schemas drifted apart. Checks every `every`-th row.
 */
export function demoValidationErrors(ws: DemoWorkspace, every = 1, limit = 10): string[] {
  const out: string[] = [];
  const tables = demoTables(ws);
  for (const table of Object.keys(tables) as RecordTable[]) {
    const rows: ReadonlyArray<{ id: string }> = tables[table];
    for (let i = 0; i < rows.length; i += every) {
      const row = rows[i];
      const result = validateRecord(table, row);
      if (!result.ok) {
        const errs = result.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
        out.push(`${table} ${row?.id ?? '?'}: ${errs}`);
      } else if (JSON.stringify(result.value) !== JSON.stringify(row)) {
        out.push(`${table} ${row?.id ?? '?'}: parsed value differs from the generated record`);
      }
      if (out.length >= limit) return out;
    }
  }
  return out;
}
