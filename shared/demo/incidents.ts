/** Demo incidents: history over the window, an open queue near `now`, client rankings. */
import type { IncidentCategory, Severity } from '../domain/types';
import { offsetAt } from '../calendar/zone';
import { monthPeriodAt } from '../quota/periods';
import { isOpenStatus } from '../incidents/lifecycle';
import { rankKeyBetween } from '../ranking/keys';
import type { Incident } from '../schemas/incident';
import type { AccountCtx } from './accounts';
import { MODULES, TITLES } from './catalog';
import type { Rng } from './random';
import { DAY, HOUR, seqId } from './random';
import { showcaseIncidents } from './showcase';
import type { Draft, TimelineInput } from './timeline';
import { buildIncident } from './timeline';

export interface IncidentOptions {
  total: number;
  now: number;
  historyStart: number;
}

export interface IncidentResult {
  incidents: Incident[];
  /** Enterprise accounts given 5 extension incidents this month (over the 4 allowance). */
  extensionOverAccounts: string[];
}

type OpenStatus = TimelineInput['openStatus'];

const SEVERITY_WEIGHTS: ReadonlyArray<readonly [Severity, number]> = [
  [1, 4],
  [2, 16],
  [3, 52],
  [4, 28],
];
const OPEN_STATUS: ReadonlyArray<readonly [OpenStatus, number]> = [
  ['new', 2],
  ['in-progress', 6],
  ['waiting-on-client', 2],
];
/**
 * Age of an open incident at `now`, hours [min, max] per severity. On a healthy account work
 * keeps up: open incidents are young against their resolution targets (Sev3: 40 working hours,
 * about a calendar week), so few are at risk and breaches are rare. On an account in trouble
 * they linger for weeks and many are breached.
 */
const OPEN_AGE: Record<'healthy' | 'trouble', ReadonlyArray<readonly [number, number]>> = {
  healthy: [
    [0.1, 2],
    [0.3, 14],
    [0.5, 110],
    [1, 220],
  ],
  trouble: [
    [0.2, 12],
    [0.5, 96],
    [1, 300],
    [2, 600],
  ],
};
/** An account in trouble has this many times the usual share of open incidents. */
const TROUBLE_OPEN_FACTOR = 1.3;
/**
 * A healthy account answers within its response targets (Sev1 1 h, Sev2 2 h, Sev3 8 working
 * hours): a "new" incident older than this is in progress instead.
 */
const HEALTHY_UNANSWERED_HOURS: Record<Severity, number> = { 1: 0.5, 2: 1, 3: 3, 4: 3 };

/** Largest-remainder split of `total` by weight. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

function fill(template: string, ctx: { m?: string; i?: string; e?: string }): string {
  return template
    .replace('{m}', ctx.m ?? '')
    .replace('{i}', ctx.i ?? '')
    .replace('{e}', ctx.e ?? '');
}

/** Client-side names who report incidents and answer questions. */
export function reportersOf(ctx: AccountCtx): string[] {
  const names = ctx.account.contacts.map((c) => c.name);
  return names.length > 0 ? names : [`${ctx.account.name} service desk`];
}

/** Mostly during the client's working day: weekdays 08:00–18:00 local (fixed offset, fast). */
function reportTime(rng: Rng, from: number, to: number, offset: number): number {
  const t = rng.range(from, to);
  if (rng.chance(0.15)) return t;
  const local = t + offset;
  let day = Math.floor(local / DAY);
  const weekday = (day + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  if (weekday >= 5) day += weekday === 5 ? -1 : 1;
  const hour = 8 + 10 * rng.next() * (0.6 + 0.4 * rng.next());
  const placed = day * DAY + hour * HOUR - offset;
  return placed >= from && placed <= to ? placed : t;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function generateIncidents(
  rng: Rng,
  accounts: readonly AccountCtx[],
  opts: IncidentOptions,
): IncidentResult {
  const { now } = opts;
  const drafts: Draft[] = [];
  const extensionOverAccounts: string[] = [];
  const monthStarts = new Map<string, number>();
  let reserved = 0;
  const extensionPlan = accounts.map((ctx, i) => {
    if (ctx.account.plan !== 'carefor-enterprise' || ctx.account.extensions.length === 0) return 0;
    const start = monthPeriodAt(new Date(now), ctx.account.timeZone).start.getTime();
    monthStarts.set(ctx.account.id, start);
    const over = i === 0 || rng.chance(0.35);
    if (over) extensionOverAccounts.push(ctx.account.id);
    const n = over ? 5 : rng.int(0, 3);
    reserved += n;
    return n;
  });
  const first = accounts[0];
  if (first !== undefined) {
    for (const s of showcaseIncidents(first, now, rng)) drafts.push(s);
    reserved += drafts.length;
  }
  const counts = split(
    Math.max(0, opts.total - reserved),
    accounts.map((a) => a.weight),
  );
  const openRate = rng.range(0.08, 0.12);

  accounts.forEach((ctx, i) => {
    const { account } = ctx;
    const reporters = reportersOf(ctx);
    const from = Math.max(opts.historyStart, Date.parse(`${account.subscriptionStart}T00:00:00Z`));
    const offset = offsetAt(account.timeZone, now);
    const monthStart = monthStarts.get(account.id) ?? Number.POSITIVE_INFINITY;
    const careForPlus =
      account.plan === 'carefor-business-plus' || account.plan === 'carefor-enterprise';
    /** `when` is the report time, or a function of the severity drawn (open incidents' ages). */
    const make = (
      when: number | ((severity: Severity) => number),
      status: OpenStatus | ((reportedAt: number, severity: Severity) => OpenStatus),
      forced?: IncidentCategory,
    ) => {
      let category: IncidentCategory =
        forced ??
        rng.weighted<IncidentCategory>([
          ['system-down', 0.04],
          ['application', 0.66],
          ['interface', account.monitoredInterfaces.length > 0 ? 0.18 : 0],
          ['extension', account.extensions.length > 0 ? 0.12 : 0],
        ]);
      const severity: Severity =
        category === 'system-down' ? (rng.chance(0.8) ? 1 : 2) : rng.weighted(SEVERITY_WEIGHTS);
      const reportedAt = typeof when === 'number' ? when : when(severity);
      const openStatus = typeof status === 'function' ? status(reportedAt, severity) : status;
      if (category === 'extension' && forced === undefined && reportedAt >= monthStart) {
        category = 'application';
      }
      const iface = category === 'interface' ? rng.pick(account.monitoredInterfaces) : null;
      const ext = category === 'extension' ? rng.pick(account.extensions) : null;
      const templates =
        category === 'system-down'
          ? TITLES.systemDown
          : category === 'interface'
            ? TITLES.interface
            : category === 'extension'
              ? TITLES.extension
              : TITLES.application;
      const title = fill(rng.pick(templates), {
        m: rng.pick(MODULES),
        i: iface?.name,
        e: ext?.name,
      });
      const inc = buildIncident(
        {
          accountId: account.id,
          title,
          category,
          severity,
          interfaceId: iface?.id ?? null,
          extensionId: ext?.id ?? null,
          reportedAt,
          openStatus,
          reporters,
          sdm: account.sdmName,
          liveAssessment: careForPlus && severity <= 2 && rng.chance(0.6),
        },
        now,
        rng,
      );
      drafts.push({ inc, rankScore: severity + rng.range(0, 1.6) });
    };

    const n = counts[i] ?? 0;
    const rate = ctx.trouble ? openRate * TROUBLE_OPEN_FACTOR : openRate;
    const open = Math.min(n, Math.floor(n * rate + rng.next()));
    const ages = OPEN_AGE[ctx.trouble ? 'trouble' : 'healthy'];
    for (let k = 0; k < n; k++) {
      if (k < open) {
        const status = rng.weighted(OPEN_STATUS);
        // The age fits the incident's own severity: a healthy account's Sev1 is hours old, and
        // its incidents are answered within hours ("new" ones older than that are in progress).
        make(
          (severity) => {
            const [lo, hi] = ages[severity - 1] ?? [1, 100];
            return Math.max(from, now - rng.range(lo, hi) * HOUR);
          },
          (at, severity) =>
            status === 'new' && !ctx.trouble && now - at > HEALTHY_UNANSWERED_HOURS[severity] * HOUR
              ? 'in-progress'
              : status,
        );
      } else {
        make(reportTime(rng, from, now - HOUR, offset), null);
      }
    }
    // Extension incidents of this calendar month (scenario 3: 5 of 4 on some accounts).
    const ext = extensionPlan[i] ?? 0;
    for (let k = 0; k < ext; k++) {
      const at = monthStart + (now - monthStart) * ((k + rng.next()) / (ext + 0.5));
      const age = now - at;
      make(at, age < 2 * DAY && rng.chance(0.4) ? rng.weighted(OPEN_STATUS) : null, 'extension');
    }
  });

  drafts.sort(
    (a, b) => cmp(a.inc.reportedAt, b.inc.reportedAt) || cmp(a.inc.accountId, b.inc.accountId),
  );
  drafts.forEach((d, k) => (d.inc.id = seqId('inc', k + 1, 6)));
  rank(drafts, accounts);
  return { incidents: drafts.map((d) => d.inc), extensionOverAccounts };
}

/** Client ranking of open incidents on CareFor accounts (fractional keys, client order). */
function rank(drafts: Draft[], accounts: readonly AccountCtx[]): void {
  const careFor = new Set(
    accounts.filter((a) => a.account.plan.startsWith('carefor')).map((a) => a.account.id),
  );
  const byAccount = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!careFor.has(d.inc.accountId) || !isOpenStatus(d.inc.status)) continue;
    const list = byAccount.get(d.inc.accountId) ?? [];
    list.push(d);
    byAccount.set(d.inc.accountId, list);
  }
  for (const list of byAccount.values()) {
    list.sort((a, b) => a.rankScore - b.rankScore || cmp(a.inc.id, b.inc.id));
    let prev: string | null = null;
    for (const d of list) d.inc.rankKey = prev = rankKeyBetween(prev, null);
  }
}
