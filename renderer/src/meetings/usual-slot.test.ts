import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '@shared/schemas/index';
import { nextUsualSlot } from './usual-slot';

const SP = 'America/Sao_Paulo';
let n = 0;
const meeting = (startsAt: string, over: Partial<Meeting> = {}): Meeting =>
  meetingSchema.parse({
    id: `m${++n}`,
    updatedAt: '2026-01-01T00:00:00Z',
    deletedAt: null,
    accountId: 'a1',
    kind: 'steering-committee',
    title: 'Steering committee',
    startsAt,
    endsAt: null,
    ...over,
  });

describe('next usual slot of a meeting kind', () => {
  it('keeps the 2nd Tuesday at 10:00 in the account zone, monthly, with the same length', () => {
    // 2nd Tuesdays: 2026-09-08, 2026-10-13, 2026-11-10 at 10:00 São Paulo (13:00 UTC).
    const past = [
      meeting('2026-09-08T13:00:00Z'),
      meeting('2026-10-13T13:00:00Z'),
      meeting('2026-11-10T13:00:00Z', { endsAt: '2026-11-10T14:30:00Z' }),
    ];
    const slot = nextUsualSlot(past, 'steering-committee', SP, new Date('2026-12-07T20:00:00Z'));
    expect(slot).toEqual({
      startsAt: '2026-12-08T10:00',
      endsAt: '2026-12-08T11:30',
      cadence: 'monthly',
    });
    // Once that slot has passed, the 2nd Tuesday of January.
    const later = nextUsualSlot(past, 'steering-committee', SP, new Date('2026-12-09T00:00:00Z'));
    expect(later?.startsAt).toBe('2027-01-12T10:00');
  });

  it('reads a weekly and a quarterly cadence from the gaps', () => {
    const weekly = [meeting('2026-11-23T12:00:00Z'), meeting('2026-11-30T12:00:00Z')];
    const now = new Date('2026-12-07T20:00:00Z');
    expect(nextUsualSlot(weekly, 'steering-committee', SP, now)).toMatchObject({
      startsAt: '2026-12-14T09:00',
      cadence: 'weekly',
    });
    const quarterly = [meeting('2026-06-04T12:00:00Z'), meeting('2026-09-03T12:00:00Z')];
    // 1st Thursday, every three months: September → December 3rd (passed) → March 4th.
    expect(nextUsualSlot(quarterly, 'steering-committee', SP, now)).toMatchObject({
      startsAt: '2027-03-04T09:00',
      cadence: 'quarterly',
    });
  });

  it('learns only from past, live meetings of the same kind; none gives no proposal', () => {
    const now = new Date('2026-12-07T20:00:00Z');
    expect(nextUsualSlot([], 'steering-committee', SP, now)).toBeNull();
    const others = [
      meeting('2026-11-10T13:00:00Z', { kind: 'planning-session' }),
      meeting('2026-11-11T13:00:00Z', { deletedAt: '2026-11-12T00:00:00Z' }),
      meeting('2027-01-05T13:00:00Z'),
    ];
    expect(nextUsualSlot(others, 'steering-committee', SP, now)).toBeNull();
  });
});
