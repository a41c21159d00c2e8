/** Special events, extension time entries and the work orders for overages. */
import { entitlementsFor } from '../plans/entitlements';
import { annualPeriodAt, monthPeriodAt } from '../quota/periods';
import type { Incident } from '../schemas/incident';
import type { SpecialEvent, TimeEntry, WorkOrder } from '../schemas/quota-records';
import type { AccountCtx } from './accounts';
import { ENGINEER_NAMES } from './names';
import type { Rng } from './random';
import { DAY, HOUR, iso, seqId } from './random';
import { ENHANCEMENT_WORK, EVENT_TITLES, MONTHS_EN } from './texts';

export interface AllowanceOptions {
  now: number;
  historyStart: number;
  extensionOverAccounts: readonly string[];
}

export interface Allowances {
  specialEvents: SpecialEvent[];
  timeEntries: TimeEntry[];
  workOrders: WorkOrder[];
}

export function generateAllowances(
  rng: Rng,
  accounts: readonly AccountCtx[],
  incidents: readonly Incident[],
  opts: AllowanceOptions,
): Allowances {
  const { now } = opts;
  const specialEvents: SpecialEvent[] = [];
  const timeEntries: TimeEntry[] = [];
  const workOrders: WorkOrder[] = [];
  const over = new Set(opts.extensionOverAccounts);
  const workOrder = (
    account: AccountCtx['account'],
    reason: WorkOrder['reason'],
    title: string,
    quantity: number,
    at: number,
    /** First local day of the quota period the order covers. */
    periodStart: string,
    status: WorkOrder['status'] = 'signed',
  ): WorkOrder => {
    const n = workOrders.length + 1;
    const wo: WorkOrder = {
      id: seqId('wo', n, 4),
      updatedAt: iso(Math.min(now, at)),
      deletedAt: null,
      accountId: account.id,
      title,
      reason,
      quantity,
      status,
      reference:
        status === 'signed'
          ? `PS-${iso(at).slice(0, 4)}-${String(100 + n).padStart(4, '0')}`
          : null,
      notes: status === 'signed' ? 'Signed by the client’s procurement.' : '',
      periodStart,
    };
    workOrders.push(wo);
    return wo;
  };

  let businessPlusSeen = 0;
  let enterpriseSeen = 0;
  for (const ctx of accounts) {
    const { account } = ctx;
    const ent = entitlementsFor(account.plan);
    if (ent.specialEventsPerYear === 0) continue;
    const sdm = account.sdmName ?? ENGINEER_NAMES[0];

    // Special events in the current paid annual period (go-lives, DR tests).
    const period = annualPeriodAt(account.subscriptionStart, new Date(now), account.timeZone);
    const start = period.start.getTime();
    const isBp = account.plan === 'carefor-business-plus';
    const scripted = isBp ? businessPlusSeen++ === 0 : enterpriseSeen++ === 1;
    let events = scripted
      ? ent.specialEventsPerYear + (isBp ? 0 : 1)
      : rng.int(0, ent.specialEventsPerYear);
    if (now - start < 3 * DAY) events = 0;
    for (let k = 0; k < events; k++) {
      const [title, kind] = rng.pick(EVENT_TITLES);
      // Saturdays 06:00 UTC-ish to Sunday evening, spread over the period so far.
      const at = start + (now - 2 * DAY - start) * ((k + rng.next()) / (events + 0.2));
      const day = Math.floor(at / DAY);
      const s = (day - ((day + 3) % 7) + 5) * DAY + 6 * HOUR;
      const evStart = [s, s + 7 * DAY].find((t) => t >= start && t <= now - DAY) ?? at;
      const beyond = k >= ent.specialEventsPerYear;
      const wo = beyond
        ? workOrder(
            account,
            'special-event',
            `Special-event support beyond allowance: ${title}`,
            1,
            evStart - 10 * DAY,
            period.startDate,
          )
        : null;
      specialEvents.push({
        id: '',
        updatedAt: iso(Math.min(now, evStart + 2 * DAY)),
        deletedAt: null,
        accountId: account.id,
        title,
        kind,
        start: iso(evStart),
        end: iso(evStart + rng.int(14, 38) * HOUR),
        workOrderId: wo?.id ?? null,
        notes: beyond
          ? 'Beyond the annual allowance: covered by a work order.'
          : 'Off-hours support booked with the SDM.',
      });
    }

    // Monitored interfaces beyond the allowance.
    const extraIf = account.monitoredInterfaces.length - ent.monitoredInterfaces;
    if (extraIf > 0 && rng.chance(0.7)) {
      workOrder(
        account,
        'monitored-interface',
        `Monitoring of ${extraIf} additional interface(s)`,
        extraIf,
        now - rng.int(20, 200) * DAY,
        period.startDate,
      );
    }

    if (account.plan !== 'carefor-enterprise') continue;
    if (over.has(account.id) && ctx !== accounts[0] && rng.chance(0.5)) {
      const d = new Date(now);
      workOrder(
        account,
        'extension-incident',
        `Extension support beyond allowance — ${MONTHS_EN[d.getUTCMonth()] ?? ''}`,
        1,
        now - HOUR,
        monthPeriodAt(d, account.timeZone).startDate,
        'requested',
      );
    }
    // Extension enhancement hours, month by month (some months above 16 h).
    const from = Math.max(opts.historyStart, Date.parse(`${account.subscriptionStart}T00:00:00Z`));
    const f = new Date(from);
    const d = new Date(now);
    for (
      let m = f.getUTCFullYear() * 12 + f.getUTCMonth();
      m <= d.getUTCFullYear() * 12 + d.getUTCMonth();
      m++
    ) {
      const mStart = Math.max(from, Date.UTC(Math.floor(m / 12), m % 12, 1));
      const mEnd = Math.min(now - HOUR, Date.UTC(Math.floor(m / 12), (m % 12) + 1, 1) - DAY);
      if (mEnd <= mStart) continue;
      const overMonth = rng.chance(0.2);
      const full =
        Date.UTC(Math.floor(m / 12), (m % 12) + 1, 1) - Date.UTC(Math.floor(m / 12), m % 12, 1);
      const hours =
        (overMonth ? rng.range(17, 24) : rng.range(4, 15.5)) * Math.min(1, (mEnd - mStart) / full);
      let left = Math.round(hours * 4) * 15;
      const entries: TimeEntry[] = [];
      while (left > 0) {
        const minutes = Math.min(left, rng.int(2, 16) * 15);
        left -= minutes;
        entries.push({
          id: '',
          updatedAt: '',
          deletedAt: null,
          accountId: account.id,
          at: iso(mStart + (mEnd - mStart) * rng.next()),
          minutes,
          kind: 'extension-enhancement',
          by: rng.chance(0.3) ? sdm : rng.pick(ENGINEER_NAMES),
          description: rng.pick(ENHANCEMENT_WORK),
          incidentId: null,
          workOrderId: null,
        });
      }
      entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      const total = entries.reduce((s, e) => s + e.minutes, 0);
      const last = entries[entries.length - 1];
      if (total > ent.extensionHoursPerMonth * 60 && last !== undefined && rng.chance(0.6)) {
        // Whole quarter hours, rounded up: the order covers all of the month's overage.
        const extra = Math.ceil(((total - ent.extensionHoursPerMonth * 60) / 60) * 4) / 4;
        last.workOrderId = workOrder(
          account,
          'extension-hours',
          `Extension hours beyond allowance — ${MONTHS_EN[m % 12] ?? ''} ${Math.floor(m / 12)}`,
          extra,
          Date.parse(last.at),
          monthPeriodAt(new Date(last.at), account.timeZone).startDate,
        ).id;
      }
      for (const e of entries) e.updatedAt = e.at;
      timeEntries.push(...entries);
    }
  }

  // Extension-support time logged on some extension incidents.
  for (const inc of incidents) {
    if (inc.category !== 'extension' || inc.respondedAt === null || !rng.chance(0.4)) continue;
    const at = Date.parse(inc.resolvedAt ?? inc.respondedAt);
    timeEntries.push({
      id: '',
      updatedAt: iso(at),
      deletedAt: null,
      accountId: inc.accountId,
      at: iso(at),
      minutes: rng.int(2, 12) * 15,
      kind: 'extension-support',
      by: inc.owner ?? ENGINEER_NAMES[0],
      description: `Analysis and fix: ${inc.title}`,
      incidentId: inc.id,
      workOrderId: null,
    });
  }
  specialEvents.forEach((e, k) => (e.id = seqId('evt', k + 1, 4)));
  timeEntries.forEach((e, k) => (e.id = seqId('tim', k + 1, 6)));
  return { specialEvents, timeEntries, workOrders };
}
