/**
 * Conflict notes must not pile up on the server for ever. A note record is read by the two devices
 * it names only (noteFor gives every other device null): the overwritten author and the
 * overwriting one, or the deleting device and the editing one. So a note is kept until each of
 * those two has stored everything up to the note's number, then dropped; a device learns nothing
 * new from a note it already holds, and a device that bootstraps later is named by no older note.
 *
 * A device says what it holds by sending its client id with a pull whose `after` is the cursor it
 * has stored (the first page of a round and the waiting pull, never a page fetched ahead).
 */
import { z } from 'zod';
import { parseHlc } from './hlc';
import type { FieldMap } from './merge';

const clock = z.object({ hlc: z.string() });
const overwriteNote = z.object({ lost: clock, won: clock });
const trashNote = z.object({ deleted: clock, edited: clock });

/** The client ids a note record speaks to (one or two); none for a record that is not a note. */
export function noteAddressees(fields: FieldMap): string[] {
  const sides = Object.hasOwn(fields, 'trash')
    ? trashNote.safeParse(fields.trash?.value)
    : overwriteNote.safeParse(fields.note?.value);
  if (!sides.success) return [];
  const hlcs =
    'lost' in sides.data
      ? [sides.data.lost, sides.data.won]
      : [sides.data.deleted, sides.data.edited];
  const nodes = hlcs.map((s) => parseHlc(s.hlc)?.node).filter((n): n is string => n !== undefined);
  return [...new Set(nodes)];
}

/**
 * Which devices still have to pull each note, in memory (the test servers; the real server keeps
 * the same rows in its `note_inbox` table).
 */
export class NoteInbox {
  /** Note id → client id → the note's number that client must pull past. */
  private readonly waiting = new Map<string, Map<string, number>>();

  /** A note record stored (or stored again) at `seq`: each device it names must pull past it. */
  add(noteId: string, fields: FieldMap, seq: number): void {
    const names = noteAddressees(fields);
    if (names.length === 0) return;
    this.waiting.set(noteId, new Map(names.map((c) => [c, seq])));
  }

  /** `clientId` has stored everything up to `after`: gives the notes no device waits for now. */
  seen(clientId: string, after: number): string[] {
    const done: string[] = [];
    for (const [noteId, clients] of this.waiting) {
      const seq = clients.get(clientId);
      if (seq === undefined || seq > after) continue;
      clients.delete(clientId);
      if (clients.size === 0) {
        this.waiting.delete(noteId);
        done.push(noteId);
      }
    }
    return done;
  }

  /** Notes some device still waits for. */
  get size(): number {
    return this.waiting.size;
  }
}
