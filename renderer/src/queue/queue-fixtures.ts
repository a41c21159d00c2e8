// Test data for the queue's unit tests, from the seeded demo generator.
import { generateDemoWorkspace } from '@shared/demo/index';
import { isClosedStatus } from '@shared/incidents/index';
import type { Incident } from '@shared/schemas/index';
import type { QueueSource } from '../db/queue';
import type { QueueRow } from './queue-model';

/**
 * A demo book whose resolved incidents are reopened, so the queue holds every kind of clock:
 * running, breached, met, and waiting on the client (one reopened incident in five).
 */
export function demoQueueSource(now: Date, incidents = 300): QueueSource {
  const demo = generateDemoWorkspace({ seed: 7, now, accounts: 10, incidents });
  let reopened = 0;
  const reopen = (i: Incident): Incident => {
    if (!isClosedStatus(i.status)) return i;
    const history = i.statusHistory.filter((h) => !isClosedStatus(h.to));
    const waits = ++reopened % 5 === 0;
    const at = new Date((Date.parse(i.reportedAt) + now.getTime()) / 2).toISOString();
    const wait = { at, by: 'Demo', from: 'in-progress' as const, to: 'waiting-on-client' as const };
    return {
      ...i,
      status: waits ? 'waiting-on-client' : 'in-progress',
      resolvedAt: null,
      workaroundAt: null,
      statusHistory: waits ? [...history, wait] : history,
    };
  };
  return {
    incidents: demo.incidents.filter((i) => i.deletedAt === null).map(reopen),
    accounts: demo.accounts,
    specialEvents: demo.specialEvents,
    settings: demo.settings,
  };
}

/** What a row says, without the records it points to: for comparing two ways of building it. */
export function rowFacts(row: QueueRow) {
  const { item, position, effectiveTimeLeftMs, inheritedFromId, clientRank, ageMs } = row.p;
  const { id, accountId, severity, plan, timeLeftMs, reportedAt, rankKey } = item;
  return {
    item: { id, accountId, severity, plan, timeLeftMs, reportedAt, rankKey },
    position,
    effectiveTimeLeftMs,
    inheritedFromId,
    clientRank,
    ageMs,
    shown: row.shown,
    inheritedFromTitle: row.inheritedFromTitle,
  };
}
