/** Reference data for the demo: countries, product modules, interfaces, incident titles. */
import type { Culture } from './names';

export interface Country {
  code: string;
  timeZone: string;
  culture: Culture;
  tld: string;
  /** Fixed-date public holidays, 'MM-DD' (moving feasts left out on purpose). */
  holidays: readonly string[];
  /** Chance that a client here works split shifts (08:30–12:30 + 13:30–17:30). */
  splitShift: number;
}

/** France: the showcase account's country and the fallback. */
// prettier-ignore
export const FRANCE: Country = { code: 'FR', timeZone: 'Europe/Paris', culture: 'fr', tld: 'fr', holidays: ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'], splitShift: 0.5 };

// prettier-ignore
export const COUNTRIES: Record<string, Country> = {
  FR: FRANCE,
  BE: { code: 'BE', timeZone: 'Europe/Brussels', culture: 'fr', tld: 'be', holidays: ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'], splitShift: 0.4 },
  CH: { code: 'CH', timeZone: 'Europe/Zurich', culture: 'fr', tld: 'ch', holidays: ['01-01', '01-02', '08-01', '12-25', '12-26'], splitShift: 0.4 },
  GB: { code: 'GB', timeZone: 'Europe/London', culture: 'en', tld: 'co.uk', holidays: ['01-01', '12-25', '12-26'], splitShift: 0 },
  DE: { code: 'DE', timeZone: 'Europe/Berlin', culture: 'de', tld: 'de', holidays: ['01-01', '05-01', '10-03', '12-25', '12-26'], splitShift: 0.2 },
  NL: { code: 'NL', timeZone: 'Europe/Amsterdam', culture: 'nl', tld: 'nl', holidays: ['01-01', '04-27', '12-25', '12-26'], splitShift: 0 },
  DK: { code: 'DK', timeZone: 'Europe/Copenhagen', culture: 'nordic', tld: 'dk', holidays: ['01-01', '06-05', '12-24', '12-25', '12-26'], splitShift: 0 },
  ES: { code: 'ES', timeZone: 'Europe/Madrid', culture: 'es', tld: 'es', holidays: ['01-01', '01-06', '05-01', '08-15', '10-12', '11-01', '12-06', '12-08', '12-25'], splitShift: 0.5 },
  'US-E': { code: 'US-E', timeZone: 'America/New_York', culture: 'en', tld: 'com', holidays: ['01-01', '06-19', '07-04', '11-11', '12-25'], splitShift: 0 },
  'US-C': { code: 'US-C', timeZone: 'America/Chicago', culture: 'en', tld: 'com', holidays: ['01-01', '06-19', '07-04', '11-11', '12-25'], splitShift: 0 },
  CA: { code: 'CA', timeZone: 'America/Toronto', culture: 'en', tld: 'ca', holidays: ['01-01', '07-01', '11-11', '12-25', '12-26'], splitShift: 0 },
  SG: { code: 'SG', timeZone: 'Asia/Singapore', culture: 'sg', tld: 'com.sg', holidays: ['01-01', '05-01', '08-09', '12-25'], splitShift: 0.2 },
  AU: { code: 'AU', timeZone: 'Australia/Sydney', culture: 'en', tld: 'com.au', holidays: ['01-01', '01-26', '04-25', '12-25', '12-26'], splitShift: 0 },
};

/** Weights for picking a country for generated (non-curated) accounts. */
export const COUNTRY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['FR', 6],
  ['GB', 4],
  ['DE', 2],
  ['NL', 2],
  ['DK', 1],
  ['ES', 2],
  ['BE', 1],
  ['CH', 1],
  ['US-E', 3],
  ['US-C', 2],
  ['CA', 1],
  ['SG', 1.5],
  ['AU', 1.5],
];

export const MODULES = [
  'Core HR',
  'Payroll',
  'Time & Attendance',
  'Absence management',
  'Expenses',
  'Recruiting',
  'Learning',
  'Workforce scheduling',
  'Financials (GL)',
  'Procurement',
  'Reporting & analytics',
  'Self-service portal',
] as const;

/** Interface names; the first ones are the usual suspects, used first. */
export const INTERFACES = [
  'Payroll export to SAP',
  'SSO (Azure AD)',
  'Bank statements SFTP',
  'Time clock import (Kelio)',
  'GL journal export to Oracle',
  'Employee master data to Workday',
  'Benefits provider feed',
  'Expense cards import (Amex)',
  'Pension fund report (SFTP)',
  'Org chart sync to Active Directory',
  'Recruiting feed from SmartRecruiters',
  'Tax authority declaration (DSN)',
  'Badge access sync (Lenel)',
  'Data warehouse extract (Snowflake)',
] as const;

/** Which interfaces are flagged critical (24x7 monitoring matters most). */
export const CRITICAL_INTERFACES: ReadonlySet<string> = new Set([
  'Payroll export to SAP',
  'SSO (Azure AD)',
  'Bank statements SFTP',
  'Tax authority declaration (DSN)',
]);

export const EXTENSIONS = [
  'Leave approval flow',
  'Custom expense report',
  'Overtime pre-approval workflow',
  'Onboarding checklist automation',
  'Shift swap request form',
  'Headcount dashboard',
  'Contract renewal reminders',
  'Mileage allowance calculator',
  'Training budget tracker',
] as const;

// prettier-ignore
export const TITLES = {
  systemDown: [
    'Production tenant unreachable for all users', 'Login page returns HTTP 503',
    'Application unavailable after maintenance window', 'All users logged out, cannot sign back in',
    'Tenant very slow then unreachable', 'Database connection errors on every screen',
  ],
  application: [
    '{m}: screen freezes when saving', '{m}: wrong totals in monthly summary',
    '{m}: report layout misaligned in PDF export', '{m}: approval stuck in pending state',
    '{m}: error "unexpected value" on validation', '{m}: search returns no results',
    '{m}: translation missing in French labels', '{m}: batch job did not run overnight',
    '{m}: users cannot see their team', '{m}: rounding difference on calculated amounts',
    '{m}: question about configuration of rules', '{m}: slow response on list pages',
    '{m}: duplicate entries after import', '{m}: access rights not applied to new role',
  ],
  interface: [
    '{i} failed with timeout', '{i}: file rejected by the target system',
    '{i}: records missing since last run', '{i} ran twice, duplicates created',
    '{i}: certificate expired', '{i}: mapping error on new field',
  ],
  extension: [
    '{e} stops at the second step', '{e}: wrong recipients notified',
    '{e} broken after monthly update', '{e}: totals not refreshed',
    '{e}: error when opened from mobile', '{e}: slow to load for managers',
  ],
};

export const DESCRIPTIONS = [
  'Reported by the client service desk. Several users affected; screenshots attached in the portal.',
  'Key user reproduced the issue in production. Not reproducible in the test tenant so far.',
  'Started after the last monthly update according to the client.',
  'Impact on the current payroll cycle; client asks for a quick workaround.',
  'Intermittent. Logs requested from the client integration team.',
  'Single user affected at first, now the whole department.',
] as const;

export const LIVE_ASSESSMENT_NOTES = [
  'Screen share with the key user: reproduced, scope limited to one legal entity. Workaround proposed.',
  'Phone triage with the IT director: business impact confirmed, engineering engaged.',
  'Joint session with the integration lead: root cause likely on the client middleware side.',
  'Call with payroll lead: deadline on Friday, severity kept, hourly updates agreed.',
] as const;
