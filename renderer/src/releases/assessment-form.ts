/** The assessment form's values, checks and record conversion (pure, unit-tested). */
import type { Account, ReleaseAssessment } from '@shared/schemas/index';
import { splitList } from './format';

export interface AssessmentValues {
  affectedModules: string[];
  affectedInterfaceIds: string[];
  affectedExtensionIds: string[];
  impact: ReleaseAssessment['impact'] | '';
  recommendations: string;
  readiness: ReleaseAssessment['readiness'] | '';
  webinarAttended: boolean;
  /** Names of the account's contacts who attended. */
  contactAttendees: string[];
  /** Other attendees, comma-separated. */
  otherAttendees: string;
}

export type AssessmentErrorKey = 'impactRequired' | 'readinessRequired' | 'attendeesRequired';
export type AssessmentErrors = Partial<Record<keyof AssessmentValues, AssessmentErrorKey>>;

export function assessmentValues(
  assessment: ReleaseAssessment | null,
  account: Account,
): AssessmentValues {
  const contactNames = new Set(account.contacts.map((c) => c.name));
  const attendees = assessment?.webinarAttendees ?? [];
  return {
    affectedModules: assessment?.affectedModules ?? [],
    affectedInterfaceIds: assessment?.affectedInterfaceIds ?? [],
    affectedExtensionIds: assessment?.affectedExtensionIds ?? [],
    impact: assessment?.impact ?? '',
    recommendations: assessment?.recommendations ?? '',
    readiness: assessment?.readiness ?? 'not-started',
    webinarAttended: assessment?.webinarAttended ?? false,
    contactAttendees: attendees.filter((n) => contactNames.has(n)),
    otherAttendees: attendees.filter((n) => !contactNames.has(n)).join(', '),
  };
}

export function attendeesOf(v: AssessmentValues): string[] {
  return [...new Set([...v.contactAttendees, ...splitList(v.otherAttendees, /,/)])];
}

export function checkAssessment(v: AssessmentValues): AssessmentErrors {
  const errors: AssessmentErrors = {};
  if (v.impact === '') errors.impact = 'impactRequired';
  if (v.readiness === '') errors.readiness = 'readinessRequired';
  if (v.webinarAttended && attendeesOf(v).length === 0) errors.otherAttendees = 'attendeesRequired';
  return errors;
}

/** Record fields of checked values; attendees are kept only when the client attended. */
export function assessmentPatch(
  v: AssessmentValues & {
    impact: ReleaseAssessment['impact'];
    readiness: ReleaseAssessment['readiness'];
  },
) {
  return {
    affectedModules: v.affectedModules,
    affectedInterfaceIds: v.affectedInterfaceIds,
    affectedExtensionIds: v.affectedExtensionIds,
    impact: v.impact,
    recommendations: v.recommendations.trim(),
    readiness: v.readiness,
    webinarAttended: v.webinarAttended,
    webinarAttendees: v.webinarAttended ? attendeesOf(v) : [],
  };
}
