import type { Account, Release, ReleaseAssessment } from '@shared/schemas/index';
import { describe, expect, it } from 'vitest';
import { assessmentPatch, assessmentValues, checkAssessment } from './assessment-form';
import { boardReleases, buildBoard, nextRelease, releaseGaps } from './board';
import { checkRelease, releasePatch, releaseValues } from './release-form';

const stamp = { updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null };
const account = (id: string, name: string, plan: Account['plan']): Account =>
  ({
    ...stamp,
    id,
    name,
    plan,
    contacts: [{ id: 'c1', name: 'Inès Roux', keyUser: true }],
    monitoredInterfaces: [],
    extensions: [],
  }) as unknown as Account;
const release = (version: string, releaseDate: string): Release => ({
  ...stamp,
  id: `rel-${version}`,
  name: `Update ${version}`,
  version,
  releaseDate,
  webinarAt: null,
  summary: '',
  changedModules: ['Payroll', 'Reports'],
  notes: '',
});
const assessment = (
  releaseId: string,
  accountId: string,
  readiness: ReleaseAssessment['readiness'],
): ReleaseAssessment => ({
  ...stamp,
  id: `${releaseId}-${accountId}`,
  releaseId,
  accountId,
  affectedModules: [],
  affectedInterfaceIds: [],
  affectedExtensionIds: [],
  impact: 'low',
  recommendations: '',
  readiness,
  webinarAttended: false,
  webinarAttendees: [],
});

const accounts = [
  account('ess', 'Essential Co', 'essential'),
  account('bp', 'Business Plus Co', 'carefor-business-plus'),
  account('ent', 'Enterprise Co', 'carefor-enterprise'),
  account('ent2', 'Another Enterprise', 'carefor-enterprise'),
];
const releases = ['01', '02', '03', '04', '05'].map((m) => release(`2026.${m}`, `2026-${m}-14`));

describe('readiness board', () => {
  it('lists every account: entitled first, others as not included', () => {
    const { rows, counts } = buildBoard(accounts, releases.slice(2, 3), [
      assessment('rel-2026.03', 'bp', 'ready'),
      assessment('rel-2026.03', 'ent', 'at-risk'),
    ]);
    expect(rows.map((r) => [r.account.name, r.cells[0]?.state])).toEqual([
      ['Another Enterprise', 'missing'],
      ['Business Plus Co', 'ready'],
      ['Enterprise Co', 'at-risk'],
      ['Essential Co', 'not-included'],
    ]);
    expect(counts.get('rel-2026.03')).toMatchObject({
      missing: 1,
      ready: 1,
      'at-risk': 1,
      'not-included': 1,
      'in-progress': 0,
    });
  });

  it('ignores assessments in the Trash', () => {
    const trashed = { ...assessment('rel-2026.03', 'bp', 'ready'), deletedAt: stamp.updatedAt };
    const { rows } = buildBoard(accounts, releases.slice(2, 3), [trashed]);
    expect(rows.find((r) => r.account.id === 'bp')?.cells[0]?.state).toBe('missing');
  });

  it('the next release is the first on or after today; the board ends one after it', () => {
    expect(nextRelease(releases, '2026-03-14')?.version).toBe('2026.03');
    expect(nextRelease(releases, '2026-03-15')?.version).toBe('2026.04');
    expect(nextRelease(releases, '2027-01-01')?.version).toBe('2026.05');
    expect(nextRelease([], '2026-01-01')).toBeNull();
    expect(boardReleases(releases, '2026-03-01', 3).map((r) => r.version)).toEqual([
      '2026.02',
      '2026.03',
      '2026.04',
    ]);
    expect(boardReleases(releases, '2026-01-01', 6)).toHaveLength(2);
  });

  it('a release before the subscription start is not owed: never missing, not counted', () => {
    // A new account (subscription 2026-03-01): January and February predate it.
    const newcomer = {
      ...account('new', 'Newcomer', 'carefor-enterprise'),
      subscriptionStart: '2026-03-01',
    };
    const { rows, counts } = buildBoard([newcomer], releases.slice(0, 4), [
      assessment('rel-2026.02', 'new', 'ready'),
    ]);
    expect(rows[0]?.cells.map((c) => c.state)).toEqual([
      'before-start',
      'ready',
      'missing',
      'missing',
    ]);
    expect(counts.get('rel-2026.01')).toMatchObject({ missing: 0, 'before-start': 1 });
    expect(releaseGaps(releases[0] as Release, [newcomer], [])).toMatchObject({
      missing: [],
      entitled: 0,
    });
    expect(releaseGaps(releases[2] as Release, [newcomer], []).missing).toEqual([newcomer]);
  });

  it('gaps: entitled accounts without an assessment, and those not ready (at risk first)', () => {
    const gaps = releaseGaps(releases[2] as Release, accounts, [
      assessment('rel-2026.03', 'bp', 'in-progress'),
      assessment('rel-2026.03', 'ent', 'at-risk'),
    ]);
    expect(gaps.missing.map((a) => a.id)).toEqual(['ent2']);
    expect(gaps.notReady.map((g) => g.account.id)).toEqual(['ent', 'bp']);
    expect(gaps).toMatchObject({ ready: 0, entitled: 3 });
  });
});

describe('release form', () => {
  it('requires name, version and date; flags bad dates and duplicate modules', () => {
    const empty = releaseValues(null);
    expect(checkRelease(empty)).toEqual({
      name: { key: 'required' },
      version: { key: 'required' },
      releaseDate: { key: 'required' },
    });
    const bad = { ...empty, name: 'X', version: '1', releaseDate: '2026-13-45' };
    expect(checkRelease(bad).releaseDate).toEqual({ key: 'invalidDate' });
    const dup = { ...bad, releaseDate: '2026-03-14', changedModules: 'Payroll\n payroll ' };
    expect(checkRelease(dup)).toEqual({
      changedModules: { key: 'duplicateModule', name: 'payroll' },
    });
  });

  it('turns one-per-line modules into a list and round-trips a release', () => {
    const r = release('2026.03', '2026-03-14');
    const v = releaseValues(r);
    expect(v.changedModules).toBe('Payroll\nReports');
    expect(releasePatch({ ...v, changedModules: ' Payroll \n\nHR\n' }).changedModules).toEqual([
      'Payroll',
      'HR',
    ]);
  });
});

describe('assessment form', () => {
  const acc = accounts[1] as Account;
  it('requires an impact, and attendees when the client attended', () => {
    const v = assessmentValues(null, acc);
    expect(checkAssessment(v)).toEqual({ impact: 'impactRequired' });
    expect(checkAssessment({ ...v, impact: 'low', webinarAttended: true })).toEqual({
      otherAttendees: 'attendeesRequired',
    });
  });

  it('stores attendee names from contacts and free text, none when not attended', () => {
    const v = {
      ...assessmentValues(null, acc),
      impact: 'high' as const,
      readiness: 'in-progress' as const,
      webinarAttended: true,
      contactAttendees: ['Inès Roux'],
      otherAttendees: 'Paul Durand, , Inès Roux',
    };
    expect(assessmentPatch(v).webinarAttendees).toEqual(['Inès Roux', 'Paul Durand']);
    expect(assessmentPatch({ ...v, webinarAttended: false }).webinarAttendees).toEqual([]);
    const back = assessmentValues(
      { ...assessment('r', 'bp', 'ready'), webinarAttendees: ['Inès Roux', 'Paul Durand'] },
      acc,
    );
    expect(back).toMatchObject({ contactAttendees: ['Inès Roux'], otherAttendees: 'Paul Durand' });
  });
});
