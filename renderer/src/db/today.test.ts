import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/index';
import type { StewardDatabase } from './database';
import { withTestDatabase } from './test-database';
import { loadTodaySource } from './today';

const now = new Date('2026-11-18T09:30:00.000Z');
const demo = generateDemoWorkspace({ seed: 7, now, accounts: 6, incidents: 400 });
const deletedAt = '2026-11-17T10:00:00.000Z';
// Every third record of each table goes to the Trash: the reads must leave those out.
const trash = <T extends { id: string }>(rows: T[]) =>
  rows.map((r, i) => (i % 3 === 0 ? { ...r, deletedAt } : r));
const tables = {
  accounts: trash(demo.accounts),
  meetings: trash(demo.meetings),
  actionItems: trash(demo.actionItems),
  releases: trash(demo.releases),
  releaseAssessments: trash(demo.releaseAssessments),
  specialEvents: trash(demo.specialEvents),
  timeEntries: trash(demo.timeEntries),
  workOrders: trash(demo.workOrders),
  incidents: trash(demo.incidents),
};

describe('loadTodaySource', () => {
  withTestDatabase('today-source', async (db: StewardDatabase) => {
    for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkPut(rows);
  });

  it('reads what Today shows, without Trash rows, each table filtered as documented', async () => {
    const source = await loadTodaySource(now);
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
    const kept = <T extends { id: string; deletedAt: string | null }>(
      rows: T[],
      keep: (r: T) => boolean = () => true,
    ) => ids(rows.filter((r) => r.deletedAt === null && keep(r)));
    const since = new Date(now.getTime() - 86_400_000).toISOString();
    expect(ids(source.accounts)).toEqual(kept(tables.accounts));
    expect(ids(source.meetings)).toEqual(
      kept(tables.meetings, (m) => m.startsAt >= since || m.kind === 'activity-review'),
    );
    expect(ids(source.openActions)).toEqual(kept(tables.actionItems, (a) => a.status === 'open'));
    expect(ids(source.releases)).toEqual(kept(tables.releases));
    expect(ids(source.assessments)).toEqual(kept(tables.releaseAssessments));
    expect(ids(source.specialEvents)).toEqual(kept(tables.specialEvents));
    expect(ids(source.timeEntries)).toEqual(kept(tables.timeEntries));
    expect(ids(source.workOrders)).toEqual(kept(tables.workOrders));
    expect(ids(source.incidents)).toEqual(
      kept(tables.incidents, (i) => i.category === 'extension'),
    );
    // The seed has something in each: the comparisons above are not between empty lists.
    expect(source.openActions.length).toBeGreaterThan(0);
    expect(source.incidents.length).toBeGreaterThan(0);
    expect(source.meetings.length).toBeLessThan(tables.meetings.length);
  });
});
