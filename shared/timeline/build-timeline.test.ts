import { describe, expect, it } from 'vitest';
import {
  incidentSchema,
  meetingSchema,
  releaseAssessmentSchema,
  releaseSchema,
  specialEventSchema,
  workOrderSchema,
} from '../schemas/index';
import { buildTimeline, type TimelineSources } from './build-timeline';

const base = { updatedAt: '2026-03-01T00:00:00Z', deletedAt: null, accountId: 'a1' };

const sources = (): TimelineSources => ({
  meetings: [
    meetingSchema.parse({
      ...base,
      id: 'm1',
      kind: 'steering-committee',
      title: 'March committee',
      startsAt: '2026-03-05T09:00:00Z',
      decisions: ['Move payroll first', 'Order a work order'],
    }),
  ],
  incidents: [
    incidentSchema.parse({
      ...base,
      id: 'i1',
      title: 'Payroll export fails',
      severity: 1,
      severityHistory: [{ at: '2026-03-02T10:00:00Z', by: 'Ann', from: 2, to: 1 }],
      status: 'closed',
      statusHistory: [
        { at: '2026-03-01T08:00:00Z', by: 'Ann', from: null, to: 'new' },
        { at: '2026-03-03T12:00:00Z', by: 'Ann', from: 'in-progress', to: 'resolved' },
        { at: '2026-03-04T12:00:00Z', by: 'Ann', from: 'resolved', to: 'closed' },
      ],
      category: 'application',
      reportedAt: '2026-03-01T08:00:00Z',
      resolvedAt: '2026-03-03T12:00:00Z',
    }),
    incidentSchema.parse({
      ...base,
      id: 'i2',
      title: 'Report layout',
      severity: 3,
      status: 'in-progress',
      category: 'application',
      reportedAt: '2026-03-06T08:00:00Z',
    }),
  ],
  releases: [
    releaseSchema.parse({
      ...base,
      id: 'r1',
      name: 'March update',
      version: '2026.03',
      releaseDate: '2026-03-07',
    }),
  ],
  releaseAssessments: [
    releaseAssessmentSchema.parse({
      ...base,
      id: 'ra1',
      releaseId: 'r1',
      impact: 'medium',
      readiness: 'in-progress',
      webinarAttended: false,
    }),
  ],
  specialEvents: [
    specialEventSchema.parse({
      ...base,
      id: 'se1',
      title: 'Go-live',
      kind: 'go-live',
      start: '2026-02-20T18:00:00Z',
      end: '2026-02-21T06:00:00Z',
    }),
  ],
  workOrders: [
    workOrderSchema.parse({
      ...base,
      id: 'wo1',
      title: 'Extra extension incident',
      reason: 'extension-incident',
      quantity: 1,
      status: 'requested',
      updatedAt: '2026-03-08T10:00:00Z',
    }),
  ],
});

describe('buildTimeline', () => {
  it('lists every kind of event, newest first', () => {
    const entries = buildTimeline(sources());
    expect(entries.map((e) => e.kind)).toEqual([
      'work-order',
      'release-assessment',
      'incident-opened',
      'decision',
      'decision',
      'meeting',
      'incident-closed',
      'severity-change',
      'incident-opened',
      'special-event',
    ]);
    const times = entries.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('dates a closed incident by its move to closed and keeps the severity change facts', () => {
    const entries = buildTimeline(sources());
    expect(entries.find((e) => e.kind === 'incident-closed')).toMatchObject({
      at: '2026-03-04T12:00:00Z',
      href: '/incidents/i1',
      facts: { status: 'closed' },
    });
    expect(entries.find((e) => e.kind === 'severity-change')?.facts).toEqual({
      from: 2,
      to: 1,
      by: 'Ann',
    });
    // Opened at the severity it had before the first change.
    expect(entries.find((e) => e.key === 'io:i1')?.facts).toEqual({ severity: 2 });
  });

  it('names the release of an assessment and dates it by the release', () => {
    const ra = buildTimeline(sources()).find((e) => e.kind === 'release-assessment');
    expect(ra).toMatchObject({
      title: 'March update (2026.03)',
      at: '2026-03-07T00:00:00.000Z',
      facts: { impact: 'medium', readiness: 'in-progress' },
    });
  });

  it('filters by kind and has nothing to show for an empty account', () => {
    const only = buildTimeline(sources(), new Set(['meeting', 'decision'] as const));
    expect(only.map((e) => e.kind)).toEqual(['decision', 'decision', 'meeting']);
    expect(
      buildTimeline({
        meetings: [],
        incidents: [],
        releases: [],
        releaseAssessments: [],
        specialEvents: [],
        workOrders: [],
      }),
    ).toEqual([]);
  });
});
