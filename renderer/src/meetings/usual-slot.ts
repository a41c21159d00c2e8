import { wallOf, wallToInstant } from '@shared/calendar/zone';
import type { Meeting } from '@shared/schemas/index';
import { toZonedInput } from '@shared/calendar/zoned-time';

const DAY = 86_400_000;

/** How often the meetings recur, read from the gaps between the last ones. */
export type Cadence = 'weekly' | 'fortnightly' | 'monthly' | 'quarterly';

export interface UsualSlot {
  /** datetime-local values in the account's zone ('' when the last meeting had no end). */
  startsAt: string;
  endsAt: string;
  cadence: Cadence;
}

function cadenceOf(gapsInDays: number[]): Cadence {
  // A single past meeting gives no gap: committees are monthly unless shown otherwise.
  if (gapsInDays.length === 0) return 'monthly';
  const sorted = [...gapsInDays].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 30;
  if (median <= 10) return 'weekly';
  if (median <= 21) return 'fortnightly';
  if (median <= 60) return 'monthly';
  return 'quarterly';
}

/** The wall time (ms, UTC-encoded) one cadence step after `wall`, same weekday and time. */
function step(wall: number, cadence: Cadence): number {
  if (cadence === 'weekly') return wall + 7 * DAY;
  if (cadence === 'fortnightly') return wall + 14 * DAY;
  // Monthly and quarterly keep "the nth <weekday> of the month" (the 2nd Tuesday stays one).
  const d = new Date(wall);
  const nth = Math.min(4, Math.ceil(d.getUTCDate() / 7));
  const weekday = d.getUTCDay();
  const time = wall % DAY;
  const month = d.getUTCMonth() + (cadence === 'monthly' ? 1 : 3);
  const first = new Date(Date.UTC(d.getUTCFullYear(), month, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return first.getTime() + (offset + (nth - 1) * 7) * DAY + time;
}

/**
 * The next usual slot for a meeting of `kind`: the account's past meetings of that kind give
 * the weekday, the time of day in the account's zone, the length and the cadence; the first
 * slot after `now` is proposed. Null when there is no past meeting of that kind to learn from.
 */
export function nextUsualSlot(
  meetings: readonly Meeting[],
  kind: Meeting['kind'],
  timeZone: string,
  now: Date,
): UsualSlot | null {
  const past = meetings
    .filter(
      (m) => m.deletedAt === null && m.kind === kind && Date.parse(m.startsAt) <= now.getTime(),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(-6);
  const last = past.at(-1);
  if (last === undefined) return null;
  const gaps = past
    .slice(1)
    .map((m, i) => (Date.parse(m.startsAt) - Date.parse(past[i]?.startsAt ?? m.startsAt)) / DAY);
  const cadence = cadenceOf(gaps);
  const length = last.endsAt === null ? null : Date.parse(last.endsAt) - Date.parse(last.startsAt);
  let wall = wallOf(timeZone, Date.parse(last.startsAt));
  let start = wallToInstant(timeZone, wall);
  while (start <= now.getTime()) {
    wall = step(wall, cadence);
    start = wallToInstant(timeZone, wall);
  }
  return {
    startsAt: toZonedInput(new Date(start).toISOString(), timeZone),
    endsAt: length === null ? '' : toZonedInput(new Date(start + length).toISOString(), timeZone),
    cadence,
  };
}
