/** Demo meetings (committees, planning, reviews, briefings) and their action items. */
import { offsetAt } from '../calendar/zone';
import { planAtLeast } from '../domain/types';
import type { ActionItem, Meeting, MeetingKind } from '../schemas/meeting';
import type { AccountCtx } from './accounts';
import type { Rng } from './random';
import { DAY, HOUR, MINUTE, iso, seqId } from './random';
import { ACTIONS, AGENDAS, BRIEFING_TOPICS, DECISIONS, NOTE_LINES, TITLES_BY_KIND } from './texts';

/** The showcase committee's three actions: two for the client (the first due soon), one vendor. */
const SCRIPTED_ACTIONS = [0, 4, 6] as const;

/**
 * How an action item stands at `now`, `lateDays` after its due date (negative: not due yet).
 * A healthy account closes its actions within days of the due date; on an account in trouble
 * they slip for weeks. Nothing stays open for months: an item that old was done or dropped.
 */
export function actionOutcome(
  lateDays: number,
  trouble: boolean,
): ReadonlyArray<readonly [ActionItem['status'], number]> {
  const open =
    lateDays < 0
      ? 85
      : trouble
        ? lateDays <= 45
          ? 50
          : lateDays <= 90
            ? 10
            : 0
        : lateDays <= 7
          ? 30
          : lateDays <= 30
            ? 4
            : 0;
  return [
    ['open', open],
    ['done', (100 - open) * 0.9],
    ['dropped', (100 - open) * 0.1],
  ];
}

export interface EngagementOptions {
  now: number;
  historyStart: number;
}

export interface Engagement {
  meetings: Meeting[];
  actionItems: ActionItem[];
}

/** A weekday of the given UTC month near `dayOfMonth`, as a day number. */
function weekdayIn(year: number, month: number, dayOfMonth: number): number {
  let day = Math.floor(Date.UTC(year, month, dayOfMonth) / DAY);
  const weekday = (day + 3) % 7; // 0 = Monday
  if (weekday >= 5) day += 7 - weekday;
  return day;
}

function kindsFor(ctx: AccountCtx, month: number, rng: Rng): MeetingKind[] {
  const { plan } = ctx.account;
  const kinds: MeetingKind[] = [];
  if (plan.startsWith('carefor')) {
    kinds.push('steering-committee');
    if (month % 3 === 1) kinds.push('planning-session');
    if (month % 3 === 2) kinds.push('activity-review');
    if (month === 0 && rng.chance(0.7)) kinds.push('executive-meeting');
  } else if (month % 6 === 0) {
    kinds.push('other');
  }
  if (planAtLeast(plan, 'premium') && month % 4 === 3 && rng.chance(0.6)) {
    kinds.push('interactive-briefing');
  }
  return kinds;
}

function notesFor(kind: MeetingKind, topic: string | null, rng: Rng): string {
  const lines = rng.sample(NOTE_LINES, rng.int(2, 4)).map((l) => `- ${l}`);
  const head = topic === null ? TITLES_BY_KIND[kind] : `Briefing: ${topic}`;
  return `## ${head}\n\n${lines.join('\n')}\n\n## Next steps\n\n- Follow up on the action items below.\n`;
}

export function generateEngagement(
  rng: Rng,
  accounts: readonly AccountCtx[],
  opts: EngagementOptions,
): Engagement {
  const { now } = opts;
  const meetings: Meeting[] = [];
  const actionItems: ActionItem[] = [];
  const end = new Date(now);
  const lastMonthIndex = end.getUTCFullYear() * 12 + end.getUTCMonth() + 1; // includes next month

  accounts.forEach((ctx, accountIndex) => {
    const { account } = ctx;
    const offset = offsetAt(account.timeZone, now);
    const from = new Date(
      Math.max(opts.historyStart, Date.parse(`${account.subscriptionStart}T00:00:00Z`)),
    );
    const clientSide = account.contacts;
    const vendorSide = [account.csmName, ...(account.sdmName === null ? [] : [account.sdmName])];
    let showcaseDone = accountIndex !== 0;
    const pending: Array<{ meeting: Meeting; kind: MeetingKind }> = [];

    for (let m = from.getUTCFullYear() * 12 + from.getUTCMonth(); m <= lastMonthIndex; m++) {
      const year = Math.floor(m / 12);
      const month = m % 12;
      for (const kind of kindsFor(ctx, month, rng)) {
        const day = weekdayIn(
          year,
          month,
          kind === 'steering-committee' ? rng.int(8, 18) : rng.int(3, 26),
        );
        const startsAt = day * DAY + rng.pick([9, 10, 11, 14, 15, 16]) * HOUR - offset;
        if (startsAt < from.getTime()) continue;
        const past = startsAt < now;
        const topic = kind === 'interactive-briefing' ? rng.pick(BRIEFING_TOPICS) : null;
        const attendees = [
          ...vendorSide.map((name) => ({ name, side: 'vendor' as const, contactId: null })),
          ...rng.sample(clientSide, rng.int(1, Math.min(4, clientSide.length))).map((c) => ({
            name: c.name,
            side: 'client' as const,
            contactId: c.id,
          })),
        ];
        const decisions =
          past && kind !== 'interactive-briefing' && kind !== 'other'
            ? rng.sample(DECISIONS, rng.int(kind === 'steering-committee' ? 1 : 0, 2))
            : [];
        const meeting: Meeting = {
          id: seqId('mtg', meetings.length + 1, 5),
          updatedAt: iso(
            past ? Math.min(now, startsAt + rng.range(2, 30) * HOUR) : now - rng.range(1, 20) * DAY,
          ),
          deletedAt: null,
          accountId: account.id,
          kind,
          title:
            topic === null
              ? `${TITLES_BY_KIND[kind]} — ${iso(startsAt).slice(0, 7)}`
              : `${TITLES_BY_KIND[kind]}: ${topic}`,
          topic,
          startsAt: iso(startsAt),
          endsAt: iso(startsAt + (kind === 'steering-committee' ? 90 : 60) * MINUTE),
          attendees,
          agenda: [...AGENDAS[kind]],
          notes: past ? notesFor(kind, topic, rng) : '',
          decisions,
        };
        meetings.push(meeting);
        if (
          past &&
          (kind === 'steering-committee' ||
            kind === 'planning-session' ||
            kind === 'executive-meeting')
        ) {
          pending.push({ meeting, kind });
        }
      }
    }

    // Action items, newest committee of the showcase account first gets the scripted three.
    for (let k = pending.length - 1; k >= 0; k--) {
      const item = pending[k];
      if (item === undefined) continue;
      const { meeting, kind } = item;
      const at = Date.parse(meeting.startsAt);
      const scripted = !showcaseDone && kind === 'steering-committee' && at <= now - 3 * DAY;
      if (scripted) showcaseDone = true;
      const n = scripted ? 3 : kind === 'steering-committee' ? rng.int(1, 3) : rng.int(0, 2);
      for (let a = 0; a < n; a++) {
        const [title, side] =
          (scripted ? ACTIONS[SCRIPTED_ACTIONS[a] ?? 0] : undefined) ?? rng.pick(ACTIONS);
        const due = scripted ? at + (a === 0 ? 2 : 14 + 7 * a) * DAY : at + rng.int(7, 30) * DAY;
        const status: ActionItem['status'] = scripted
          ? 'open'
          : rng.weighted(actionOutcome((now - due) / DAY, ctx.trouble));
        const doneAt =
          status === 'done' ? at + (Math.min(due + 5 * DAY, now) - at) * rng.range(0.3, 1) : null;
        const owner =
          side === 'client'
            ? clientSide.length > 0
              ? rng.pick(clientSide).name
              : 'Client project lead'
            : rng.pick(vendorSide);
        actionItems.push({
          id: '',
          updatedAt: iso(Math.min(now, doneAt ?? at + rng.range(1, 48) * HOUR)),
          deletedAt: null,
          accountId: account.id,
          meetingId: meeting.id,
          title,
          owner,
          ownerSide: side,
          dueDate: iso(due).slice(0, 10),
          status,
          doneAt: doneAt === null ? null : iso(Math.min(doneAt, now)),
        });
      }
    }
  });
  actionItems.forEach((a, k) => (a.id = seqId('act', k + 1, 5)));
  return { meetings, actionItems };
}
