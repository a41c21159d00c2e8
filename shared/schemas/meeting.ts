import { z } from 'zod';
import { baseRecord, isoDate, isoDateTime, requiredText } from './common';

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
  accountId: requiredText('Account'),
  kind: z.enum(MEETING_KINDS, {
    error: `Meeting kind must be one of: ${MEETING_KINDS.join(', ')}`,
  }),
  title: requiredText('Title'),
  /** The topic the client asked for (interactive briefings). */
  topic: z.string().nullable().default(null),
  startsAt: isoDateTime('Start'),
  endsAt: isoDateTime('End').nullable().default(null),
  attendees: z
    .array(
      z.object({
        name: requiredText('Attendee name'),
        side,
        contactId: z.string().nullable().default(null),
      }),
    )
    .default([]),
  agenda: z.array(z.string()).default([]),
  notes: z.string().default(''),
  decisions: z.array(z.string()).default([]),
});

/** Issue #6: open, done or dropped; an action item lives on after its meeting. */
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;

export const actionItemSchema = baseRecord.extend({
  accountId: requiredText('Account'),
  meetingId: z.string().nullable().default(null),
  title: requiredText('Title'),
  owner: requiredText('Owner'),
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
