import { z } from 'zod';
import { isValidTimeZone } from '../calendar/zone';
import { INCIDENT_CATEGORIES, INCIDENT_STATUSES, PLAN_IDS } from '../domain/types';
import { limitText, type TextKind } from './limits';

/** Storage convention: instants are ISO 8601 UTC strings ('2026-03-01T09:00:00.000Z'). */
export const isoDateTime = (what: string) =>
  z.iso.datetime({ error: `${what} must be a UTC date-time such as 2026-03-01T09:00:00Z` });

/** Local calendar dates are 'YYYY-MM-DD'. */
export const isoDate = (what: string) =>
  z.iso.date({ error: `${what} must be a date such as 2026-03-01` });

/** Non-empty text with the limit of its kind (see limits.ts: enforced on edits only). */
export const requiredText = (what: string, kind: TextKind) =>
  limitText(
    z
      .string({ error: `${what} must be text` })
      .trim()
      .min(1, { error: `${what} is required` }),
    kind,
    what,
  );

/** Any text, empty included, with the limit of its kind. */
export const text = (what: string, kind: TextKind) =>
  limitText(z.string({ error: `${what} must be text` }), kind, what);

export const idSchema = requiredText('Id', 'id');

/** Every stored record: id, last change, soft-delete marker (sync needs tombstones). */
export const baseRecord = z.object({
  id: idSchema,
  updatedAt: isoDateTime('updatedAt'),
  deletedAt: isoDateTime('deletedAt').nullable(),
});

export const timeZoneSchema = z
  .string({ error: 'Time zone must be text' })
  .refine(isValidTimeZone, { error: 'Time zone must be an IANA name such as Europe/Paris' });

export const planSchema = z.enum(PLAN_IDS, {
  error: `Plan must be one of: ${PLAN_IDS.join(', ')}`,
});

export const severitySchema = z.literal([1, 2, 3, 4], {
  error: 'Severity must be 1, 2, 3 or 4',
});

export const statusSchema = z.enum(INCIDENT_STATUSES, {
  error: `Status must be one of: ${INCIDENT_STATUSES.join(', ')}`,
});

export const categorySchema = z.enum(INCIDENT_CATEGORIES, {
  error: `Category must be one of: ${INCIDENT_CATEGORIES.join(', ')}`,
});

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const hhmm = (what: string) =>
  z.string().regex(HHMM, { error: `${what} must be a time such as 09:00 (00:00 to 24:00)` });

export const timeSpanSchema = z
  .object({ start: hhmm('Start time'), end: hhmm('End time') })
  .refine((s) => s.end > s.start, {
    error: 'A working span must end after it starts',
    path: ['end'],
  });

const daySpans = z.array(timeSpanSchema).optional();

export const workingCalendarSchema = z
  .object({
    timeZone: timeZoneSchema,
    hours: z.strictObject(
      {
        mon: daySpans,
        tue: daySpans,
        wed: daySpans,
        thu: daySpans,
        fri: daySpans,
        sat: daySpans,
        sun: daySpans,
      },
      { error: 'Working hours are keyed by mon, tue, wed, thu, fri, sat, sun' },
    ),
    holidays: z.array(isoDate('Holiday')).optional(),
    holidayNames: z
      .record(
        isoDate('A holiday name’s date'),
        requiredText('Holiday name', 'label').max(80, {
          error: 'Holiday name must be 80 characters at most',
        }),
        {
          error: (issue) =>
            issue.code === 'invalid_key'
              ? 'Holiday names must be keyed by a date such as 2026-12-25'
              : 'Holiday names must map dates to names',
        },
      )
      .optional(),
  })
  // Field checks above cover the rest; these are the calendar-wide rules.
  .refine((cal) => Object.values(cal.hours).some((spans) => spans.length > 0), {
    error: 'The calendar has no working time at all: add working hours to a day.',
    path: ['hours'],
  })
  .refine(
    (cal) => Object.keys(cal.holidayNames ?? {}).every((d) => cal.holidays?.includes(d) === true),
    {
      error: 'A holiday name is given for a date that is not among the holidays.',
      path: ['holidayNames'],
    },
  );
