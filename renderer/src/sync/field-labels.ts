import type { RecordTable } from '@shared/schemas/index';
import i18next, { type ParseKeys, type TFunction } from 'i18next';
import { errorTarget, fieldLabel } from '../ui/account-fields';

type Labels = Readonly<Record<string, ParseKeys>>;

/** Fields every record has; a table's own entry wins. */
const COMMON: Labels = {
  id: 'sync.fieldNames.id',
  updatedAt: 'sync.fieldNames.updatedAt',
  deletedAt: 'sync.fieldNames.deletedAt',
  accountId: 'quotas.table.account',
};

/**
 * Stored field → the label its form shows, so sync speaks the words the user saw when editing.
 * Keys under sync.fieldNames are for fields no form labels (or labels with a placeholder).
 */
const BY_TABLE = {
  accounts: {
    name: 'accounts.form.name',
    plan: 'accounts.form.plan',
    annualSaasAmount: 'accounts.form.amount',
    subscriptionStart: 'accounts.form.subscriptionStart',
    timeZone: 'accounts.form.timeZone',
    businessCalendar: 'sync.fieldNames.businessCalendar',
    csmName: 'accounts.form.csm',
    sdmName: 'accounts.form.sdm',
    contacts: 'accounts.form.contacts',
    monitoredInterfaces: 'accounts.form.interfaces',
    extensions: 'accounts.form.extensions',
    managedServices: 'accounts.form.managedServices',
  },
  incidents: {
    accountId: 'incidents.field.account',
    title: 'incidents.field.title',
    description: 'incidents.field.description',
    severity: 'incidents.field.severity',
    severityHistory: 'sync.fieldNames.severityHistory',
    status: 'incidents.field.status',
    statusHistory: 'sync.fieldNames.statusHistory',
    category: 'incidents.field.category',
    interfaceId: 'incidents.field.interface',
    extensionId: 'incidents.field.extension',
    reportedAt: 'incidents.field.reportedAt',
    respondedAt: 'sync.fieldNames.respondedAt',
    resolvedAt: 'sync.fieldNames.resolvedAt',
    workaroundAt: 'sync.fieldNames.workaroundAt',
    liveAssessment: 'incidents.live.title',
    rankKey: 'sync.fieldNames.rankKey',
    owner: 'incidents.field.owner',
  },
  meetings: {
    accountId: 'meetings.form.account',
    kind: 'meetings.form.kind',
    title: 'meetings.form.title',
    topic: 'meetings.form.topic',
    startsAt: 'meetings.form.startsAt',
    endsAt: 'meetings.form.endsAt',
    attendees: 'meetings.form.attendees',
    agenda: 'meetings.form.agenda',
    notes: 'meetings.form.notes',
    decisions: 'meetings.form.decisions',
  },
  actionItems: {
    accountId: 'meetings.actions.account',
    meetingId: 'meetings.actions.meeting',
    title: 'meetings.form.actionTitle',
    owner: 'meetings.form.actionOwner',
    ownerSide: 'meetings.form.actionSide',
    dueDate: 'meetings.form.actionDue',
    status: 'meetings.form.actionStatus',
    doneAt: 'sync.fieldNames.doneAt',
  },
  releases: {
    name: 'releases.form.name',
    version: 'releases.form.version',
    releaseDate: 'releases.form.releaseDate',
    // The form's label adds "(your local time)", which only means something at the input.
    webinarAt: 'releases.detail.webinar',
    summary: 'releases.form.summary',
    changedModules: 'releases.form.changedModules',
    notes: 'releases.form.notes',
  },
  releaseAssessments: {
    releaseId: 'releases.section.release',
    accountId: 'releases.account',
    affectedModules: 'releases.assess.modules',
    affectedInterfaceIds: 'releases.assess.interfaces',
    affectedExtensionIds: 'releases.assess.extensions',
    impact: 'releases.assess.impact',
    recommendations: 'releases.assess.recommendations',
    readiness: 'releases.assess.readiness',
    webinarAttended: 'releases.assess.webinarAttended',
    webinarAttendees: 'releases.assess.attendees',
  },
  specialEvents: {
    title: 'quotas.events.name',
    kind: 'quotas.events.kind',
    // The form's "Start ({{zone}})" needs the account's zone, which a sync row does not carry.
    start: 'sync.fieldNames.start',
    end: 'sync.fieldNames.end',
    workOrderId: 'quotas.events.workOrder',
    notes: 'quotas.events.notes',
  },
  timeEntries: {
    at: 'sync.fieldNames.workDate',
    // Entered as hours but stored (and shown in notes) as minutes: the label says so.
    minutes: 'sync.fieldNames.minutes',
    kind: 'quotas.time.kind',
    by: 'quotas.time.by',
    description: 'quotas.time.description',
    incidentId: 'sync.fieldNames.incident',
    workOrderId: 'quotas.events.workOrder',
  },
  workOrders: {
    title: 'quotas.orders.scope',
    reason: 'quotas.orders.reason',
    quantity: 'quotas.orders.quantity',
    status: 'quotas.orders.status',
    reference: 'quotas.orders.reference',
    notes: 'quotas.orders.notes',
    periodStart: 'quotas.orders.period',
  },
  readinessAssessments: {
    assessedOn: 'meetings.readiness.date',
    featureGaps: 'meetings.readiness.featureGaps',
    skillGaps: 'meetings.readiness.skillGaps',
    options: 'meetings.readiness.options',
    planItems: 'meetings.readiness.plan',
  },
  settings: {
    tierThresholds: 'settings.tiers',
    'tierThresholds.business': 'settings.tierBusiness',
    'tierThresholds.businessPlus': 'settings.tierBusinessPlus',
    'tierThresholds.enterprise': 'settings.tierEnterprise',
    slaTargets: 'settings.targets',
    atRiskFraction: 'settings.atRisk',
    healthScoreWeights: 'sync.fieldNames.healthScoreWeights',
    language: 'settings.language',
    theme: 'settings.theme',
    paperSize: 'settings.paperSize',
  },
} as const satisfies Record<RecordTable, Labels>;

/** Own properties only: a field named "constructor" must not find Object.prototype's. */
function lookup(labels: Labels | undefined, field: string): ParseKeys | undefined {
  return labels !== undefined && Object.hasOwn(labels, field) ? labels[field] : undefined;
}

/** The label key of a stored field (or path's exact entry), undefined when none is known. */
export function syncFieldLabelKey(table: string, field: string): ParseKeys | undefined {
  const own: Labels | undefined = Object.hasOwn(BY_TABLE, table)
    ? (BY_TABLE as Record<string, Labels>)[table]
    : undefined;
  return lookup(own, field) ?? lookup(COMMON, field);
}

/** "csmName" → "Csm name": the fallback for a field this version does not know. */
export function humanizeField(field: string): string {
  const words = field
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_\-.\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Sub-fields the account form names ("Contact 1: email"); others fall back to the list's label.
const ACCOUNT_ITEM =
  /^(contacts|monitoredInterfaces|extensions)\.\d+\.(name|email|role|keyUser|critical)$/;

/** A nested account path as the account form's error summary names it, when it can. */
function accountPathLabel(path: string, t: TFunction, lang: string): string | undefined {
  const target = errorTarget(path);
  if (/^(contacts|monitoredInterfaces|extensions)\./.test(target) && !ACCOUNT_ITEM.test(target)) {
    return undefined;
  }
  const label = fieldLabel(target, t, lang);
  return label === target ? undefined : label;
}

/**
 * A stored field (or a validation path such as "contacts.0.email") in the words of its form.
 * A field from a newer app version has no label here: it is shown humanized.
 */
export function syncFieldLabel(
  table: string,
  field: string,
  t: TFunction,
  lang: string = i18next.language,
): string {
  if (table === 'accounts' && field.includes('.')) {
    const label = accountPathLabel(field, t, lang);
    if (label !== undefined) return label;
  }
  const head = field.split('.')[0] ?? field;
  const key = syncFieldLabelKey(table, field) ?? syncFieldLabelKey(table, head);
  return key === undefined ? humanizeField(head) : t(key);
}

/** Several fields of one record, joined the way the language lists things ("A, B and C"). */
export function syncFieldList(
  table: string,
  fields: readonly string[],
  t: TFunction,
  lang: string = i18next.language,
): string {
  const labels = fields.map((f) => syncFieldLabel(table, f, t, lang));
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(labels);
}
