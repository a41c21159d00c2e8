/** What the Today screen reads besides the queue (which comes from db/queue.ts). */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Account,
  ActionItem,
  Incident,
  Meeting,
  Release,
  ReleaseAssessment,
  SpecialEvent,
  TimeEntry,
  WorkOrder,
} from '@shared/schemas/index';
import { database } from './database';
import { loadPreferences } from './preferences';
import { loadLive } from './queries';

export interface TodaySource {
  accounts: Account[];
  /** Meetings from a day ago on, and every activity review (the last one dates the next). */
  meetings: Meeting[];
  openActions: ActionItem[];
  releases: Release[];
  assessments: ReleaseAssessment[];
  specialEvents: SpecialEvent[];
  timeEntries: TimeEntry[];
  workOrders: WorkOrder[];
  /** Extension incidents only: the one category quotas count. */
  incidents: Incident[];
  /** The name in Settings, which decides "my accounts". */
  displayName: string;
}

const DAY = 86_400_000;

export async function loadTodaySource(now: Date): Promise<TodaySource> {
  const db = database();
  const since = new Date(now.getTime() - DAY).toISOString();
  const [
    accounts,
    meetings,
    openActions,
    releases,
    assessments,
    specialEvents,
    timeEntries,
    workOrders,
    incidents,
    preferences,
  ] = await Promise.all([
    loadLive('accounts', undefined, db),
    // No index on startsAt (dropped in schema v6): one getAll, filtered here.
    loadLive('meetings', (m) => m.startsAt >= since || m.kind === 'activity-review', db),
    loadLive('actionItems', (a) => a.status === 'open', db),
    loadLive('releases', undefined, db),
    loadLive('releaseAssessments', undefined, db),
    loadLive('specialEvents', undefined, db),
    loadLive('timeEntries', undefined, db),
    loadLive('workOrders', undefined, db),
    loadLive('incidents', (i) => i.category === 'extension', db),
    loadPreferences(),
  ]);
  return {
    accounts,
    meetings,
    openActions,
    releases,
    assessments,
    specialEvents,
    timeEntries,
    workOrders,
    incidents,
    displayName: preferences.displayName,
  };
}

/**
 * Live Today source; undefined while the first read is in flight. Re-read when the day moves
 * on (`day`), not at every tick: the model filters by `now` itself.
 */
export function useTodaySource(now: Date): TodaySource | undefined {
  const day = Math.floor(now.getTime() / DAY);
  return useLiveQuery(() => loadTodaySource(new Date(day * DAY)), [day]);
}
