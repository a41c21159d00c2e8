import { beforeAll, describe, expect, it } from 'vitest';
import {
  accountSchema,
  incidentSchema,
  releaseAssessmentSchema,
  releaseSchema,
  specialEventSchema,
  workOrderSchema,
  type WorkOrder,
  type Incident,
} from '@shared/schemas/index';
import { initI18n } from '../i18n';
import { buildSteeringTemplate, draftFromTemplate, escapeMarkdown } from './template';

const stamp = { updatedAt: '2026-03-01T00:00:00Z', deletedAt: null };
const account = accountSchema.parse({
  ...stamp,
  id: 'a1',
  name: 'Acme',
  plan: 'carefor-enterprise',
  annualSaasAmount: 900_000,
  subscriptionStart: '2025-06-01',
  timeZone: 'Europe/Paris',
  businessCalendar: {
    timeZone: 'Europe/Paris',
    hours: { mon: [{ start: '09:00', end: '18:00' }] },
  },
  csmName: 'Claire',
  sdmName: 'Sam',
  contacts: [],
  monitoredInterfaces: Array.from({ length: 3 }, (_, i) => ({ id: `if${i}`, name: `IF ${i}` })),
  extensions: [{ id: 'x1', name: 'Payroll flow' }],
  managedServices: [],
});

let n = 0;
const incident = (over: Partial<Incident>): Incident =>
  incidentSchema.parse({
    ...stamp,
    id: `i${++n}`,
    accountId: 'a1',
    title: 'Incident',
    severity: 3,
    status: 'in-progress',
    category: 'application',
    reportedAt: '2026-03-02T10:00:00Z',
    ...over,
  });

const now = new Date('2026-03-20T10:00:00Z');
const extension = { category: 'extension' as const, extensionId: 'x1', status: 'closed' as const };
const incidents = [
  incident({ id: 'low', title: 'Report layout', rankKey: 'a2' }),
  incident({ id: 'top', title: 'Payroll *export*', severity: 2, rankKey: 'a1' }),
  incident({ id: 'unranked', title: 'Question', severity: 4 }),
  incident({ id: 'done', title: 'Old', status: 'closed' }),
  incident({ id: 'other', accountId: 'a2', title: 'Not ours' }),
  ...Array.from({ length: 5 }, (_, i) =>
    incident({ ...extension, reportedAt: `2026-03-0${i + 2}T10:00:00Z` }),
  ),
];
const releases = [
  releaseSchema.parse({
    ...stamp,
    id: 'r1',
    name: 'April update',
    version: '2026.04',
    releaseDate: '2026-04-10',
  }),
  releaseSchema.parse({
    ...stamp,
    id: 'r0',
    name: 'March update',
    version: '2026.03',
    releaseDate: '2026-03-10',
  }),
];
const assessment = (
  id: string,
  releaseId: string,
  readiness: 'ready' | 'in-progress' | 'at-risk',
) =>
  releaseAssessmentSchema.parse({
    ...stamp,
    id,
    releaseId,
    accountId: 'a1',
    impact: 'medium',
    readiness,
    webinarAttended: false,
  });

const input = () => ({
  account,
  incidents,
  releases,
  releaseAssessments: [
    assessment('ra1', 'r1', 'in-progress'),
    assessment('ra0', 'r0', 'ready'),
    assessment('ra2', 'r0', 'at-risk'),
  ],
  specialEvents: [
    specialEventSchema.parse({
      ...stamp,
      id: 'e1',
      accountId: 'a1',
      title: 'Go-live',
      kind: 'go-live',
      start: '2026-01-10T18:00:00Z',
      end: '2026-01-11T02:00:00Z',
    }),
  ],
  workOrders: [] as WorkOrder[],
  now,
});

const order = (status: WorkOrder['status']) =>
  workOrderSchema.parse({
    ...stamp,
    id: `wo-${status}`,
    accountId: 'a1',
    title: 'Extra extension incident',
    reason: 'extension-incident',
    quantity: 1,
    status,
    periodStart: '2026-03-01',
  });

describe('steering committee template', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('lists the open incidents of the account in the client ranking', () => {
    const tpl = buildSteeringTemplate(input());
    expect(tpl.openIncidents.map((i) => i.id)).toEqual(['top', 'low', 'unranked']);
  });

  it('counts quotas in the current periods and flags the work order', () => {
    const tpl = buildSteeringTemplate(input());
    expect(tpl.quotas).toEqual([
      expect.objectContaining({
        kind: 'extensionIncidents',
        used: 5,
        included: 4,
        overage: 1,
        needsWorkOrder: true,
        period: '2026-03',
      }),
      expect.objectContaining({
        kind: 'interfaces',
        used: 3,
        included: 8,
        needsWorkOrder: false,
        period: null,
      }),
      expect.objectContaining({
        kind: 'specialEvents',
        used: 1,
        included: 2,
        needsWorkOrder: false,
      }),
    ]);
  });

  it('a signed work order covers the overage; a requested one asks for no second one', () => {
    const signed = buildSteeringTemplate({ ...input(), workOrders: [order('signed')] });
    expect(signed.quotas[0]).toMatchObject({ overage: 1, needsWorkOrder: false, uncovered: 0 });
    const draft = draftFromTemplate(signed, 'en', now, 'Europe/Paris');
    expect(draft.notes).toContain('5 of 4 — 1 over, covered by a signed work order');
    expect(draft.notes).not.toContain('needs a work order');
    const requested = buildSteeringTemplate({ ...input(), workOrders: [order('requested')] });
    expect(draftFromTemplate(requested, 'en', now, 'Europe/Paris').notes).toContain(
      '5 of 4 — 1 over, work order requested',
    );
    const draftOnly = buildSteeringTemplate({ ...input(), workOrders: [order('draft')] });
    expect(draftOnly.quotas[0]).toMatchObject({ needsWorkOrder: true, uncovered: 1 });
  });

  it('keeps release assessments that are not ready, oldest release first', () => {
    const tpl = buildSteeringTemplate(input());
    expect(tpl.pendingAssessments).toEqual([
      { id: 'ra2', release: 'March update (2026.03)', readiness: 'at-risk', impact: 'medium' },
      { id: 'ra1', release: 'April update (2026.04)', readiness: 'in-progress', impact: 'medium' },
    ]);
  });

  it('words the draft: "5 of 4 … 1 needs a work order", in the client order', () => {
    const draft = draftFromTemplate(buildSteeringTemplate(input()), 'en', now, 'Europe/Paris');
    expect(draft.title).toBe('Steering committee — March 2026');
    expect(draft.agenda).toHaveLength(5);
    expect(draft.notes).toContain(
      'Extension incidents this month (2026-03): 5 of 4 — **1 needs a work order**',
    );
    expect(draft.notes).toContain('1. **Sev 2** — Payroll \\*export\\* (in progress)');
    expect(draft.notes.indexOf('Payroll')).toBeLessThan(draft.notes.indexOf('Report layout'));
    expect(draft.notes).toContain('April update (2026.04): in progress — impact medium');
  });

  it('works in French and for a plan without quotas or incidents', () => {
    const essential = { ...account, plan: 'essential' as const, monitoredInterfaces: [] };
    const tpl = buildSteeringTemplate({
      ...input(),
      account: essential,
      incidents: [],
      releaseAssessments: [],
      specialEvents: [],
    });
    expect(tpl).toEqual({ openIncidents: [], quotas: [], pendingAssessments: [] });
    const draft = draftFromTemplate(tpl, 'fr', now, 'Europe/Paris');
    expect(draft.title).toBe('Comité de pilotage — mars 2026');
    expect(draft.notes).toContain('Aucun incident ouvert.');
    expect(escapeMarkdown('a_b [c]')).toBe('a\\_b \\[c\\]');
  });
});
