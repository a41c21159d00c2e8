import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordOf } from '@shared/schemas/index';
import type { TimelineSources } from '@shared/timeline/build-timeline';
import { database } from './database';

const live = (r: { deletedAt: string | null }) => r.deletedAt === null;

/** Every record the account timeline is built from, live; undefined while loading. */
export function useTimelineSources(accountId: string): TimelineSources | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const of = <
      T extends 'meetings' | 'incidents' | 'releaseAssessments' | 'specialEvents' | 'workOrders',
    >(
      table: T,
    ) =>
      db
        .table<RecordOf<T>, string>(table)
        .where('accountId')
        .equals(accountId)
        .filter(live)
        .toArray();
    const [meetings, incidents, releaseAssessments, specialEvents, workOrders, releases] =
      await Promise.all([
        of('meetings'),
        of('incidents'),
        of('releaseAssessments'),
        of('specialEvents'),
        of('workOrders'),
        db.releases.filter(live).toArray(),
      ]);
    return { meetings, incidents, releaseAssessments, specialEvents, workOrders, releases };
  }, [accountId]);
}
