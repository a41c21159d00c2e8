/** Text pools for meetings, actions, releases and allowances. */
import type { MeetingKind } from '../schemas/meeting';

export const AGENDAS: Record<MeetingKind, readonly string[]> = {
  'steering-committee': [
    'Open incidents in the client’s order',
    'Quota status: events, interfaces, extension incidents and hours',
    'Next release: impact assessment and readiness',
    'Adoption and usage since last committee',
    'Decisions and action items review',
  ],
  'planning-session': [
    'Roadmap for the next two quarters',
    'Go-live and special-event planning',
    'Skills gaps and training plan',
    'Upgrade of extensions before the next releases',
  ],
  'activity-review': [
    'Incident volumes and SLA compliance',
    'CareFor usage: sessions, webinars, assessments',
    'Key users and their feedback',
  ],
  'executive-meeting': [
    'Business priorities for the year',
    'Partnership health and escalations',
    'Subscription scope and renewal',
  ],
  'interactive-briefing': [
    'Topic requested by the client',
    'Live demonstration',
    'Questions and answers',
  ],
  'release-webinar': ['What is new this month', 'Changes that need action', 'Questions'],
  other: ['Introductions', 'Current status', 'Next steps'],
};

export const TITLES_BY_KIND: Record<MeetingKind, string> = {
  'steering-committee': 'Steering committee',
  'planning-session': 'Planning session',
  'activity-review': 'Activity review',
  'executive-meeting': 'Executive meeting',
  'interactive-briefing': 'Interactive briefing',
  'release-webinar': 'Release readiness webinar',
  other: 'Kick-off call',
};

export const BRIEFING_TOPICS = [
  'Configuring approval workflows',
  'Best practices for payroll closing',
  'Using the analytics dashboards',
  'Security roles and segregation of duties',
  'Mobile self-service for managers',
  'Interface monitoring alerts',
] as const;

export const NOTE_LINES = [
  'Client confirmed the **payroll freeze** dates for year end.',
  'Incident backlog is down compared to last month; two items remain above target.',
  'Key users asked for a refresher on the *absence* module.',
  'The integration team will test the SAP export in the pre-production tenant.',
  'Adoption of manager self-service keeps growing (about 70% of managers active).',
  'Concern raised about response times on interface incidents during the night.',
  'Next go-live planned for the new subsidiary; special-event support to be booked.',
  'Extension backlog reviewed: two enhancements prioritised for next month.',
  'Release notes reviewed together; no blocking change identified so far.',
  'Client wants quarterly executive updates instead of half-yearly.',
] as const;

export const DECISIONS = [
  'Work the payroll-related incidents first until closing.',
  'Book special-event support for the next go-live weekend.',
  'Freeze configuration changes during the release week.',
  'Add the SSO interface to 24x7 monitoring.',
  'Request a work order for the extension hours above the allowance.',
  'Run the disaster-recovery test in the next quarter.',
  'Key users attend the next readiness webinar.',
  'Close incidents older than 30 days with the client’s agreement.',
] as const;

/** Action titles with the side that usually owns them. */
export const ACTIONS: ReadonlyArray<readonly [string, 'vendor' | 'client']> = [
  ['Send the updated incident ranking', 'client'],
  ['Share test results from the pre-production tenant', 'client'],
  ['Confirm go-live date with the project sponsor', 'client'],
  ['Nominate a second key user for payroll', 'client'],
  ['Provide interface logs for the failed exports', 'client'],
  ['Validate the release impact assessment', 'client'],
  ['Send the activity report for last quarter', 'vendor'],
  ['Prepare the work order for extra extension hours', 'vendor'],
  ['Schedule a briefing on approval workflows', 'vendor'],
  ['Escalate the open severity-2 incident to engineering', 'vendor'],
  ['Draft the special-event plan for the go-live weekend', 'vendor'],
  ['Update the monitored-interface list', 'vendor'],
];

export const RELEASE_HIGHLIGHTS = [
  'New approval dashboard for managers',
  'Faster payroll simulation on large populations',
  'Improved SSO session handling',
  'Updated tax tables and statutory reports',
  'Redesigned expense capture on mobile',
  'API: new endpoints for org structure',
  'Accessibility fixes in self-service',
  'Interface monitoring: retry policy settings',
  'Deprecation of the legacy report writer',
  'Scheduling: shift templates by location',
] as const;

export const RECOMMENDATIONS = [
  'Retest the payroll export in pre-production before the update weekend.',
  'Review the custom report layouts that use the legacy report writer.',
  'Inform managers of the new approval dashboard; no action required.',
  'Update the SSO certificate before the release date.',
  'Regression-test the extension flows after the update.',
  'No change needed for this deployment.',
] as const;

export const EVENT_TITLES: ReadonlyArray<
  readonly [string, 'go-live' | 'disaster-recovery-test' | 'special-project']
> = [
  ['Go-live of payroll for the new subsidiary', 'go-live'],
  ['Disaster-recovery test', 'disaster-recovery-test'],
  ['Go-live of time & attendance', 'go-live'],
  ['Year-end payroll closing weekend', 'special-project'],
  ['Data migration of acquired entity', 'special-project'],
];

export const ENHANCEMENT_WORK = [
  'Leave approval flow: add delegate approver',
  'Custom expense report: new cost-centre columns',
  'Overtime workflow: threshold per country',
  'Dashboard: headcount by site',
  'Design review of requested enhancement',
  'Regression fixes after monthly update',
] as const;

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
