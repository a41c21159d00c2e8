import { useLiveQuery } from 'dexie-react-hooks';
import {
  validateWrite,
  type ActionItem,
  type Incident,
  type Meeting,
  type RecordOf,
  type Release,
  type ReleaseAssessment,
  type SpecialEvent,
  type WorkOrder,
} from '@shared/schemas/index';
import { database } from './database';
import { RecordValidationError } from './errors';
import { saveRecord, softDeleteRecord } from './records';
import { outboxScope } from './outbox-stamp';

const live = (r: { deletedAt: string | null }) => r.deletedAt === null;

/** The live action items of one meeting; undefined while loading. */
export function useMeetingActionItems(meetingId: string | undefined): ActionItem[] | undefined {
  return useLiveQuery(
    () =>
      meetingId === undefined
        ? []
        : database().actionItems.where('meetingId').equals(meetingId).filter(live).toArray(),
    [meetingId],
  );
}

export type ActionItemDraft = Partial<ActionItem> & Pick<ActionItem, 'title' | 'owner'>;

/**
 * Saves a meeting with its action items, all or nothing: every record is validated first,
 * then everything (and the removals, sent to the Trash) is written in one transaction.
 */
export async function saveMeetingWithActions(
  meeting: Partial<Meeting> & { id: string },
  actions: readonly (ActionItemDraft & { id: string })[],
  removedActionIds: readonly string[] = [],
  now: Date = new Date(),
): Promise<Meeting> {
  const db = database();
  const stamp = { updatedAt: now.toISOString(), deletedAt: null };
  const existing = await db.meetings.get(meeting.id);
  const check = validateWrite('meetings', { ...existing, ...stamp, ...meeting }, existing);
  if (!check.ok) throw new RecordValidationError(check.errors, 'The meeting');
  const stored = await db.actionItems.bulkGet(actions.map((a) => a.id));
  actions.forEach((a, i) => {
    const r = validateWrite('actionItems', { ...stored[i], ...stamp, ...a }, stored[i]);
    if (!r.ok) {
      const issues = r.errors.map((e) => ({ ...e, path: `actions.${i}.${e.path}` }));
      throw new RecordValidationError(issues, `Action item ${i + 1}`);
    }
  });
  return db.transaction('rw', [db.meetings, db.actionItems, ...outboxScope(db)], async () => {
    const saved = await saveRecord('meetings', meeting, { now });
    for (const a of actions) {
      await saveRecord(
        'actionItems',
        { ...a, accountId: saved.accountId, meetingId: saved.id },
        { now },
      );
    }
    for (const id of removedActionIds) await softDeleteRecord('actionItems', id, { now });
    return saved;
  });
}

/** Open, done or dropped; done stamps doneAt, reopening clears it. */
export function setActionStatus(
  id: string,
  status: ActionItem['status'],
  now: Date = new Date(),
): Promise<ActionItem> {
  return saveRecord('actionItems', {
    id,
    status,
    doneAt: status === 'done' ? now.toISOString() : null,
  });
}

/** The records the steering-committee template is built from (meetings/template's input). */
export interface TemplateSources {
  incidents: Incident[];
  specialEvents: SpecialEvent[];
  workOrders: WorkOrder[];
  releaseAssessments: ReleaseAssessment[];
  releases: Release[];
}

/** What the steering-committee template reads from one account, at click time. */
export async function readTemplateSources(accountId: string): Promise<TemplateSources> {
  const db = database();
  const byAccount = <T extends 'incidents' | 'specialEvents' | 'workOrders' | 'releaseAssessments'>(
    table: T,
  ) =>
    db
      .table<RecordOf<T>, string>(table)
      .where('accountId')
      .equals(accountId)
      .filter(live)
      .toArray();
  const [incidents, specialEvents, workOrders, releaseAssessments, releases] = await Promise.all([
    byAccount('incidents'),
    byAccount('specialEvents'),
    byAccount('workOrders'),
    byAccount('releaseAssessments'),
    db.releases.filter(live).toArray(),
  ]);
  return { incidents, specialEvents, workOrders, releaseAssessments, releases };
}
