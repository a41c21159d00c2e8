import { describe, expect, it } from 'vitest';
import {
  blankActionRow,
  emptyForm,
  recordsFromForm,
  validateForm,
  type MeetingFormState,
} from './meeting-form';
import { toZonedInput, zonedInputToIso } from '@shared/calendar/zoned-time';

const filled = (over: Partial<MeetingFormState> = {}): MeetingFormState => ({
  ...emptyForm('a1'),
  title: 'Committee',
  startsAt: '2026-03-10T09:00',
  endsAt: '2026-03-10T10:30',
  ...over,
});

describe('meeting form', () => {
  it('reads datetime-local values in the account time zone', () => {
    expect(zonedInputToIso('2026-03-10T09:00', 'Europe/Paris')).toBe('2026-03-10T08:00:00.000Z');
    expect(zonedInputToIso('2026-07-10T09:00', 'America/New_York')).toBe(
      '2026-07-10T13:00:00.000Z',
    );
    expect(toZonedInput('2026-03-10T08:00:00.000Z', 'Europe/Paris')).toBe('2026-03-10T09:00');
    expect(zonedInputToIso('2026-02-30T09:00', 'UTC')).toBeNull();
    expect(zonedInputToIso('', 'UTC')).toBeNull();
  });

  it('accepts a complete meeting', () => {
    expect(validateForm(filled(), 'Europe/Paris')).toEqual({});
  });

  it('reports a missing title, a missing start and an end before the start', () => {
    expect(validateForm(filled({ title: ' ', startsAt: '' }), 'Europe/Paris')).toEqual({
      title: 'title',
      startsAt: 'start',
    });
    expect(validateForm(filled({ endsAt: '2026-03-10T08:00' }), 'Europe/Paris')).toEqual({
      endsAt: 'end',
    });
  });

  it('needs an account, a topic for briefings and complete rows', () => {
    const state = filled({
      accountId: '',
      kind: 'interactive-briefing',
      attendees: [{ key: 'k', name: '', side: 'client', contactId: null }],
      actions: [blankActionRow('x')],
    });
    expect(validateForm(state, null)).toEqual({
      accountId: 'account',
      topic: 'topic',
      'attendees.0': 'attendee',
      'actions.0.title': 'actionTitle',
      'actions.0.owner': 'actionOwner',
    });
  });

  it('builds the records: lines become lists, done actions get doneAt', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const { meeting, actions } = recordsFromForm(
      filled({
        agenda: 'Incidents\n\n Quotas ',
        decisions: 'Go',
        actions: [
          {
            id: 'x',
            title: ' Send plan ',
            owner: 'Ann',
            ownerSide: 'client',
            dueDate: '2026-03-17',
            status: 'done',
            doneAt: null,
          },
        ],
      }),
      'Europe/Paris',
      'm1',
      now,
    );
    expect(meeting).toMatchObject({
      id: 'm1',
      agenda: ['Incidents', 'Quotas'],
      decisions: ['Go'],
      startsAt: '2026-03-10T08:00:00.000Z',
      endsAt: '2026-03-10T09:30:00.000Z',
      topic: null,
    });
    expect(actions[0]).toMatchObject({
      title: 'Send plan',
      meetingId: 'm1',
      doneAt: now.toISOString(),
    });
  });
});
