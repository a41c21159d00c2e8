import { z } from 'zod';
import { baseRecord, isoDate, isoDateTime, requiredText, text } from './common';

export const MEETING_KINDS = [
  'steering-committee',
  'planning-session',
  'activity-review',
  'executive-meeting',
  'interactive-briefing',
  'release-webinar',
  'other',
] as const;

const side = z.enum(['vendor', 'client'], { error: 'Side must be vendor or client' });

export const meetingSchema = baseRecord.extend({
  accountId: requiredText('Account', 'id'),
  kind: z.enum(MEETING_KINDS, {
    error: `Meeting kind must be one of: ${MEETING_KINDS.join(', ')}`,
  }),
  title: requiredText('Title', 'name'),
  /** The topic the client asked for (interactive briefings). */
  topic: text('Topic', 'line').nullable().default(null),
  startsAt: isoDateTime('Start'),
  endsAt: isoDateTime('End').nullable().default(null),
  attendees: z
    .array(
      z.object({
        name: requiredText('Attendee name', 'name'),
        side,
        contactId: text('Contact', 'id').nullable().default(null),
      }),
    )
    .default([]),
  agenda: z.array(text('Agenda item', 'line')).default([]),
  notes: text('Notes', 'long').default(''),
  decisions: z.array(text('Decision', 'line')).default([]),
});

/** Issue #6: open, done or dropped; an action item lives on after its meeting. */
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;

export const actionItemSchema = baseRecord.extend({
  accountId: requiredText('Account', 'id'),
  meetingId: text('Meeting', 'id').nullable().default(null),
  title: requiredText('Title', 'name'),
  owner: requiredText('Owner', 'name'),
  ownerSide: side,
  dueDate: isoDate('Due date').nullable().default(null),
  status: z.enum(ACTION_STATUSES, {
    error: `Action status must be one of: ${ACTION_STATUSES.join(', ')}`,
  }),
  doneAt: isoDateTime('Done at').nullable().default(null),
});

export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type ActionItem = z.infer<typeof actionItemSchema>;
