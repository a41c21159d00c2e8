import type { MeetingKind } from '../schemas/meeting';
import type { TimeEntry } from '../schemas/quota-records';
import type { ReportPeriod } from './period';
import { isInBounds, periodBounds } from './period';
import type { ReviewInput } from './review';
import { meetingsHeldIn, ownedBy, releaseStatuses } from './review';

export interface ActivityReport {
  period: ReportPeriod;
  meetingsHeld: number;
  meetingsByKind: Array<{ kind: MeetingKind; count: number }>;
  /** Release-impact assessments for the period's releases plus readiness assessments dated in it. */
  releaseAssessments: number;
  readinessAssessments: number;
  eventsUsed: number;
  /** Hours of work logged in the period, by kind (one decimal). */
  hoursByKind: Array<{ kind: TimeEntry['kind']; hours: number }>;
  hoursTotal: number;
}

const oneDecimal = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The CareFor periodic activity review: what the client used of its services in the period. */
export function activityReport(input: ReviewInput): ActivityReport {
  const { account, period, data } = input;
  const bounds = periodBounds(period, account.timeZone);
  const meetings = meetingsHeldIn(input);
  const kinds = new Map<MeetingKind, number>();
  for (const m of meetings) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  const entries = ownedBy(data.timeEntries, account.id).filter((e) => isInBounds(bounds, e.at));
  const minutesByKind = new Map<TimeEntry['kind'], number>();
  for (const e of entries) minutesByKind.set(e.kind, (minutesByKind.get(e.kind) ?? 0) + e.minutes);
  return {
    period,
    meetingsHeld: meetings.length,
    meetingsByKind: [...kinds].map(([kind, count]) => ({ kind, count })),
    releaseAssessments: releaseStatuses(input).filter((r) => r.assessment !== null).length,
    readinessAssessments: ownedBy(data.readinessAssessments, account.id).filter(
      (r) => r.assessedOn >= period.from && r.assessedOn <= period.to,
    ).length,
    eventsUsed: ownedBy(data.specialEvents, account.id).filter((e) => isInBounds(bounds, e.start))
      .length,
    hoursByKind: [...minutesByKind].map(([kind, minutes]) => ({
      kind,
      hours: oneDecimal(minutes),
    })),
    hoursTotal: oneDecimal(entries.reduce((sum, e) => sum + e.minutes, 0)),
  };
}
