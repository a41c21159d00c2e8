import type { ActionItem, Meeting, MeetingKind } from '@shared/schemas/index';
import { toZonedInput, zonedInputToIso } from '@shared/calendar/zoned-time';

export type Side = 'vendor' | 'client';

export interface AttendeeRow {
  key: string;
  name: string;
  side: Side;
  contactId: string | null;
}

export interface ActionRow {
  id: string;
  title: string;
  owner: string;
  ownerSide: Side;
  dueDate: string;
  status: ActionItem['status'];
  /** doneAt as stored, kept when the status does not change. */
  doneAt: string | null;
}

export interface MeetingFormState {
  accountId: string;
  kind: MeetingKind;
  title: string;
  topic: string;
  startsAt: string;
  endsAt: string;
  attendees: AttendeeRow[];
  agenda: string;
  notes: string;
  decisions: string;
  actions: ActionRow[];
}

export type FormErrorKey =
  'account' | 'title' | 'start' | 'end' | 'attendee' | 'actionTitle' | 'actionOwner' | 'topic';

/** Field path ('title', 'attendees.2', 'actions.0.owner') → message key. */
export type FormErrors = Record<string, FormErrorKey>;

export function emptyForm(
  accountId: string,
  kind: MeetingKind = 'steering-committee',
): MeetingFormState {
  return {
    accountId,
    kind,
    title: '',
    topic: '',
    startsAt: '',
    endsAt: '',
    attendees: [],
    agenda: '',
    notes: '',
    decisions: '',
    actions: [],
  };
}

/** A new, empty action item row: the client's to own, open. */
export function blankActionRow(id: string): ActionRow {
  return {
    id,
    title: '',
    owner: '',
    ownerSide: 'client',
    dueDate: '',
    status: 'open',
    doneAt: null,
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function formFromMeeting(
  meeting: Meeting,
  actions: readonly ActionItem[],
  timeZone: string,
): MeetingFormState {
  return {
    accountId: meeting.accountId,
    kind: meeting.kind,
    title: meeting.title,
    topic: meeting.topic ?? '',
    startsAt: toZonedInput(meeting.startsAt, timeZone),
    endsAt: meeting.endsAt === null ? '' : toZonedInput(meeting.endsAt, timeZone),
    attendees: meeting.attendees.map((a, i) => ({ ...a, key: `a${i}` })),
    agenda: meeting.agenda.join('\n'),
    notes: meeting.notes,
    decisions: meeting.decisions.join('\n'),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner,
      ownerSide: a.ownerSide,
      dueDate: a.dueDate ?? '',
      status: a.status,
      doneAt: a.doneAt,
    })),
  };
}

/** Every problem at once, keyed by field, so each message sits next to its field. */
export function validateForm(state: MeetingFormState, timeZone: string | null): FormErrors {
  const errors: FormErrors = {};
  if (state.accountId === '' || timeZone === null) errors.accountId = 'account';
  if (state.title.trim() === '') errors.title = 'title';
  if (state.kind === 'interactive-briefing' && state.topic.trim() === '') errors.topic = 'topic';
  const zone = timeZone ?? 'UTC';
  const start = zonedInputToIso(state.startsAt, zone);
  if (start === null) errors.startsAt = 'start';
  if (state.endsAt.trim() !== '') {
    const end = zonedInputToIso(state.endsAt, zone);
    if (end === null || (start !== null && Date.parse(end) <= Date.parse(start))) {
      errors.endsAt = 'end';
    }
  }
  state.attendees.forEach((a, i) => {
    if (a.name.trim() === '') errors[`attendees.${i}`] = 'attendee';
  });
  state.actions.forEach((a, i) => {
    if (a.title.trim() === '') errors[`actions.${i}.title`] = 'actionTitle';
    if (a.owner.trim() === '') errors[`actions.${i}.owner`] = 'actionOwner';
  });
  return errors;
}

/** The records to store; call only when validateForm found nothing. */
export function recordsFromForm(
  state: MeetingFormState,
  timeZone: string,
  meetingId: string,
  now: Date,
): {
  meeting: Partial<Meeting> & { id: string };
  actions: Array<Partial<ActionItem> & { id: string; title: string; owner: string }>;
} {
  const startsAt = zonedInputToIso(state.startsAt, timeZone) ?? '';
  const endsAt = state.endsAt.trim() === '' ? null : zonedInputToIso(state.endsAt, timeZone);
  return {
    meeting: {
      id: meetingId,
      accountId: state.accountId,
      kind: state.kind,
      title: state.title.trim(),
      topic: state.topic.trim() === '' ? null : state.topic.trim(),
      startsAt,
      endsAt,
      attendees: state.attendees.map(({ name, side, contactId }) => ({
        name: name.trim(),
        side,
        contactId,
      })),
      agenda: lines(state.agenda),
      notes: state.notes,
      decisions: lines(state.decisions),
    },
    actions: state.actions.map((a) => ({
      id: a.id,
      accountId: state.accountId,
      meetingId,
      title: a.title.trim(),
      owner: a.owner.trim(),
      ownerSide: a.ownerSide,
      dueDate: a.dueDate === '' ? null : a.dueDate,
      status: a.status,
      doneAt: a.status === 'done' ? (a.doneAt ?? now.toISOString()) : null,
    })),
  };
}
