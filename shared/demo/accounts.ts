/** Demo accounts: clients with plans, calendars, contacts, interfaces and extensions. */
import type { PlanId } from '../domain/types';
import { DEFAULT_TIER_THRESHOLDS } from '../plans/tiers';
import { MANAGED_SERVICE_OPTIONS } from '../roles/matrix';
import type { Account, Contact } from '../schemas/account';
import type { Country } from './catalog';
import {
  COUNTRIES,
  COUNTRY_WEIGHTS,
  FRANCE,
  CRITICAL_INTERFACES,
  EXTENSIONS,
  INTERFACES,
} from './catalog';
import {
  COMPANY_STEMS,
  CONTACT_ROLES,
  CSM_NAMES,
  CURATED_COMPANIES,
  FIRST_NAMES,
  LAST_NAMES,
  SDM_NAMES,
  SECTORS,
  slug,
} from './names';
import type { Rng } from './random';
import { DAY, iso, seqId } from './random';

/** An account plus what the other generators need to know about it. */
export interface AccountCtx {
  account: Account;
  country: Country;
  /** Relative share of incidents. */
  weight: number;
  /**
   * One of the few accounts in trouble: its incidents stay open longer (breaches, SLAs at risk)
   * and its action items slip. The rest of the book is healthy.
   */
  trouble: boolean;
}

/**
 * The showcase account and one in eight of the others are in trouble: a healthy book with a few
 * accounts that need attention. By position, so it draws nothing from the random stream.
 */
export function isTroubled(index: number): boolean {
  return index === 0 || index % 8 === 5;
}

/** The first accounts get a fixed plan each, so every tier shows up in small workspaces. */
const PLAN_PATTERN: readonly PlanId[] = [
  'carefor-enterprise',
  'carefor-business-plus',
  'carefor-business',
  'premium',
  'essential',
  'carefor-enterprise',
  'carefor-business-plus',
  'premium',
  'carefor-business',
  'carefor-business-plus',
  'carefor-enterprise',
  'premium',
];

const PLAN_WEIGHTS: ReadonlyArray<readonly [PlanId, number]> = [
  ['essential', 1],
  ['premium', 2],
  ['carefor-business', 2],
  ['carefor-business-plus', 1.5],
  ['carefor-enterprise', 1],
];

const INCIDENT_WEIGHT: Record<PlanId, number> = {
  essential: 0.7,
  premium: 1,
  'carefor-business': 1.3,
  'carefor-business-plus': 1.7,
  'carefor-enterprise': 2.2,
};

const T = DEFAULT_TIER_THRESHOLDS;
/** Annual SaaS amounts consistent with the default CareFor tier thresholds. */
const AMOUNT_RANGE: Record<PlanId, readonly [number, number]> = {
  essential: [40_000, 180_000],
  premium: [90_000, T.business - 10_000],
  'carefor-business': [T.business, T.businessPlus - 10_000],
  'carefor-business-plus': [T.businessPlus, T.enterprise - 20_000],
  'carefor-enterprise': [T.enterprise, 6_500_000],
};

function companyName(i: number, rng: Rng, used: Set<string>): { name: string; country: string } {
  const curated = CURATED_COMPANIES[i];
  if (curated !== undefined) return curated;
  for (let attempt = 0; attempt < 50; attempt++) {
    const country = rng.weighted(COUNTRY_WEIGHTS);
    const name = `${rng.pick(COMPANY_STEMS[country] ?? ['Atlas'])} ${rng.pick(SECTORS)}`;
    if (!used.has(name)) return { name, country };
  }
  const country = rng.weighted(COUNTRY_WEIGHTS);
  return { name: `${rng.pick(COMPANY_STEMS[country] ?? ['Atlas'])} Holdings ${i + 1}`, country };
}

function holidays(country: Country, fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++)
    for (const md of country.holidays) out.push(`${y}-${md}`);
  return out;
}

function businessCalendar(
  country: Country,
  rng: Rng,
  years: [number, number],
): Account['businessCalendar'] {
  const split = rng.chance(country.splitShift);
  const early = country.code.startsWith('US') || country.code === 'AU' || country.code === 'CA';
  const spans = split
    ? [
        { start: '08:30', end: '12:30' },
        { start: '13:30', end: '17:30' },
      ]
    : early && rng.chance(0.5)
      ? [{ start: '08:00', end: '17:00' }]
      : [{ start: '09:00', end: '18:00' }];
  const hours: Account['businessCalendar']['hours'] = {};
  for (const d of ['mon', 'tue', 'wed', 'thu', 'fri'] as const)
    hours[d] = spans.map((s) => ({ ...s }));
  return { timeZone: country.timeZone, hours, holidays: holidays(country, years[0], years[1]) };
}

function contacts(id: string, plan: PlanId, country: Country, domain: string, rng: Rng): Contact[] {
  const careFor = plan.startsWith('carefor');
  const n = careFor ? rng.int(3, 6) : rng.int(2, 4);
  const roles = [
    'IT director',
    ...rng.sample(
      CONTACT_ROLES.filter((r) => r !== 'IT director'),
      n,
    ),
  ];
  const names = new Set<string>();
  const out: Contact[] = [];
  for (let k = 0; k < n; k++) {
    let first = rng.pick(FIRST_NAMES[country.culture]);
    let last = rng.pick(LAST_NAMES[country.culture]);
    while (names.has(`${first} ${last}`)) {
      first = rng.pick(FIRST_NAMES[country.culture]);
      last = rng.pick(LAST_NAMES[country.culture]);
    }
    names.add(`${first} ${last}`);
    const role = roles[k] ?? 'Key user';
    const keyUser =
      /Payroll|Application|HRIS|Time/.test(role) || (k === n - 1 && !out.some((c) => c.keyUser));
    out.push({
      id: `${id}-c${k + 1}`,
      name: `${first} ${last}`,
      email: `${slug(first, '-')}.${slug(last, '')}@${domain}`,
      role: k === 0 && careFor && rng.chance(0.5) ? 'CIO' : role,
      keyUser,
    });
  }
  return out;
}

function interfaceCount(plan: PlanId, rng: Rng): number {
  if (plan === 'carefor-business-plus')
    return rng.weighted([
      [4, 2],
      [5, 3],
      [6, 3],
      [7, 2],
    ]);
  if (plan === 'carefor-enterprise')
    return rng.weighted([
      [6, 2],
      [7, 3],
      [8, 3],
      [9, 2],
    ]);
  return 0;
}

function interfaceNames(plan: PlanId, rng: Rng): string[] {
  const n = interfaceCount(plan, rng);
  if (n === 0) return [];
  const first: string = rng.chance(0.8) ? INTERFACES[0] : rng.pick(INTERFACES.slice(1));
  return [
    first,
    ...rng.sample(
      INTERFACES.filter((x) => x !== first),
      n - 1,
    ),
  ];
}

export interface AccountOptions {
  count: number;
  now: number;
  historyStart: number;
}

export function generateAccounts(rng: Rng, opts: AccountOptions): AccountCtx[] {
  const used = new Set<string>();
  const csmOrder = rng.shuffle(CSM_NAMES);
  const sdmOrder = rng.shuffle(SDM_NAMES);
  const nowYear = new Date(opts.now).getUTCFullYear();
  const years: [number, number] = [new Date(opts.historyStart).getUTCFullYear(), nowYear + 1];
  const options = MANAGED_SERVICE_OPTIONS.map((o) => o.id);
  const out: AccountCtx[] = [];
  let careForIndex = 0;
  for (let i = 0; i < opts.count; i++) {
    const id = seqId('acc', i + 1, 4);
    const { name, country: code } = companyName(i, rng, used);
    used.add(name);
    const country = COUNTRIES[code] ?? FRANCE;
    const plan = PLAN_PATTERN[i] ?? rng.weighted(PLAN_WEIGHTS);
    const careFor = plan.startsWith('carefor');
    const [lo, hi] = AMOUNT_RANGE[plan];
    const amount = Math.round(rng.range(lo, hi) / 5_000) * 5_000;
    const domain = `${slug(name.split(' ').slice(0, 2).join(' '), '-')}.${country.tld}`;
    const startMs = opts.now - rng.int(366, 5 * 365) * DAY;
    const ifaceNames = i === 0 ? INTERFACES.slice(0, 7) : interfaceNames(plan, rng);
    const extNames =
      plan === 'carefor-enterprise' ? rng.sample(EXTENSIONS, i === 0 ? 4 : rng.int(2, 5)) : [];
    if (i === 0) extNames.splice(0, 1, 'Leave approval flow');
    const account: Account = {
      id,
      updatedAt: iso(opts.now - rng.int(1, 60) * DAY),
      deletedAt: null,
      name,
      plan,
      annualSaasAmount: amount,
      subscriptionStart: iso(startMs).slice(0, 10),
      timeZone: country.timeZone,
      businessCalendar: i === 0 ? parisCalendar(years) : businessCalendar(country, rng, years),
      csmName: csmOrder[i % csmOrder.length] ?? CSM_NAMES[0],
      sdmName: careFor ? (sdmOrder[careForIndex++ % sdmOrder.length] ?? SDM_NAMES[0]) : null,
      contacts: contacts(id, plan, country, domain, rng),
      monitoredInterfaces: ifaceNames.map((n, k) => ({
        id: `${id}-if${k + 1}`,
        name: n,
        critical: CRITICAL_INTERFACES.has(n),
      })),
      extensions: extNames.map((n, k) => ({ id: `${id}-ext${k + 1}`, name: n })),
      managedServices: rng.sample(options, careFor ? rng.int(0, 4) : rng.int(0, 1)).sort(),
    };
    out.push({
      account,
      country,
      weight: INCIDENT_WEIGHT[plan] * rng.range(0.6, 1.4),
      trouble: isTroubled(i),
    });
  }
  return out;
}

/** Names of France's fixed-date public holidays, as the client writes them. */
const FRENCH_HOLIDAY_NAMES: Readonly<Record<string, string>> = {
  '01-01': 'Jour de l’an',
  '05-01': 'Fête du Travail',
  '05-08': 'Victoire 1945',
  '07-14': 'Fête nationale',
  '08-15': 'Assomption',
  '11-01': 'Toussaint',
  '11-11': 'Armistice 1918',
  '12-25': 'Noël',
};

/** The showcase account (scenario 1): Paris, split shifts, French holidays with their names. */
function parisCalendar(years: [number, number]): Account['businessCalendar'] {
  const spans = [
    { start: '08:30', end: '12:30' },
    { start: '13:30', end: '17:30' },
  ];
  const hours: Account['businessCalendar']['hours'] = {};
  for (const d of ['mon', 'tue', 'wed', 'thu', 'fri'] as const)
    hours[d] = spans.map((s) => ({ ...s }));
  const dates = holidays(FRANCE, years[0], years[1]);
  const holidayNames: Record<string, string> = {};
  for (const date of dates) {
    const name = FRENCH_HOLIDAY_NAMES[date.slice(5)];
    if (name !== undefined) holidayNames[date] = name;
  }
  return { timeZone: FRANCE.timeZone, hours, holidays: dates, holidayNames };
}
