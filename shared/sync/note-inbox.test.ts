import { describe, expect, it } from 'vitest';
import { syncOnce } from './client';
import type { SyncTransport } from './client';
import { MemoryServer } from './memory-server';
import { NoteInbox, noteAddressees } from './note-inbox';
import { noteRecord, trashNoteRecord } from './notes';
import { MemoryReplica } from './replica';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const hlc = (ms: number, node: string) => `${new Date(T0 + ms).toISOString()}-0000-${node}`;

const overwrite = noteRecord(
  {
    table: 'incidents',
    recordId: 'i1',
    field: 'title',
    lost: { value: 'A', hlc: hlc(1, 'dev-a') },
    won: { value: 'B', hlc: hlc(2, 'dev-b') },
  },
  () => undefined,
);

describe('noteAddressees', () => {
  it('names the two devices of an overwrite note and of a delete/edit note', () => {
    expect(noteAddressees(overwrite.fields).sort()).toEqual(['dev-a', 'dev-b']);
    const trash = trashNoteRecord(
      {
        table: 'accounts',
        recordId: 'a1',
        deleted: { value: '2026-03-02T09:00:00.000Z', hlc: hlc(1, 'dev-a') },
        edits: { csmName: { value: 'Ana', hlc: hlc(5, 'dev-c') } },
      },
      () => undefined,
    );
    expect(noteAddressees(trash.fields).sort()).toEqual(['dev-a', 'dev-c']);
  });

  it('names nobody for a record that is not a note', () => {
    expect(noteAddressees({ title: { value: 'x', hlc: hlc(1, 'dev-a') } })).toEqual([]);
  });
});

describe('NoteInbox', () => {
  it('lets a note go once both devices it names have stored past it, not before', () => {
    const inbox = new NoteInbox();
    inbox.add('n1', overwrite.fields, 7);
    expect(inbox.seen('dev-a', 6)).toEqual([]); // A has not reached it
    expect(inbox.seen('dev-c', 99)).toEqual([]); // not named: says nothing
    expect(inbox.seen('dev-a', 7)).toEqual([]); // B still has to
    expect(inbox.size).toBe(1);
    expect(inbox.seen('dev-b', 12)).toEqual(['n1']);
    expect(inbox.size).toBe(0);
  });

  it('waits again for a note stored again at a later number', () => {
    const inbox = new NoteInbox();
    inbox.add('n1', overwrite.fields, 7);
    inbox.seen('dev-a', 7);
    inbox.add('n1', overwrite.fields, 10);
    expect(inbox.seen('dev-b', 9)).toEqual([]);
    expect(inbox.seen('dev-a', 9)).toEqual([]);
    expect(inbox.seen('dev-a', 10)).toEqual([]);
    expect(inbox.seen('dev-b', 10)).toEqual(['n1']);
  });
});

describe('the memory server drops a note once both devices hold it', () => {
  const transport = (server: MemoryServer, log: string[]): SyncTransport => ({
    push: (req) => Promise.resolve(server.push(req)),
    pull: (after, limit, options) => {
      log.push(`${after}:${options?.clientId ?? '-'}`);
      return Promise.resolve(server.pull(after, limit, options?.clientId));
    },
    status: () => Promise.resolve(server.status()),
  });

  it('keeps the note until the second round of each named device, and gives it once each', async () => {
    const server = new MemoryServer();
    const log: string[] = [];
    const [a, b, c] = ['dev-a', 'dev-b', 'dev-c'].map((id) => new MemoryReplica(id));
    if (a === undefined || b === undefined || c === undefined) throw new Error('three devices');
    const sync = (r: MemoryReplica) =>
      syncOnce(r, transport(server, log), { now: () => T0 + 60_000, pageSize: 2 });
    for (const id of ['i1', 'i2', 'i3']) a.edit('incidents', id, { title: 'Start' }, T0);
    await sync(a);
    await sync(b);
    a.edit('incidents', 'i1', { title: 'From A' }, T0 + 1_000);
    b.edit('incidents', 'i1', { title: 'From B' }, T0 + 2_000);
    await sync(a);
    await sync(b); // B's title wins over A's, unseen: one note for A and B
    expect(server.noteCount()).toBe(1);
    await sync(a); // A receives it (its stored cursor was before it)
    await sync(c); // C is not named
    expect(server.noteCount()).toBe(1);
    await sync(a); // A now says it holds it
    expect(server.noteCount()).toBe(1);
    await sync(b); // B received it in its own push round; this pull says so
    expect(server.noteCount()).toBe(0);
    expect(a.conflicts.map((n) => n.kind)).toEqual(['overwritten']);
    expect(b.conflicts.map((n) => n.kind)).toEqual(['unseen']);
    expect(c.conflicts).toEqual([]);
    // A's and B's first pulls took two pages: only the first, from the stored cursor, spoke.
    expect(log.slice(0, 4)).toEqual(['0:dev-a', '2:-', '0:dev-b', '2:-']);
  });
});
