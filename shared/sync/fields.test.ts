import { describe, expect, it } from 'vitest';
import {
  checkFieldValue,
  checkMutationValues,
  checkRecord,
  clearableFields,
  requiredFields,
  withoutCleared,
} from './fields';
import { rankKeyRepairs } from './rank';

describe('field checks', () => {
  it('checks known fields by the table schema and keeps unknown ones', () => {
    expect(checkFieldValue('incidents', 'severity', 2)).toBeNull();
    expect(checkFieldValue('incidents', 'severity', 'high')).toMatch(/Severity must be/);
    expect(checkFieldValue('incidents', 'deletedAt', null)).toBeNull();
    expect(checkFieldValue('incidents', 'fromTheFuture', { any: ['thing'] })).toBeNull();
    expect(checkFieldValue('incidents', '__proto__', 1)).toMatch(/not a valid field name/);
    expect(checkMutationValues('accounts', 'a1', { id: 'a2' })).toEqual([
      { field: 'id', message: expect.stringMatching(/recordId/) as unknown },
    ]);
  });

  it('checks a whole record only once it is complete', () => {
    expect(requiredFields('incidents')).toEqual(
      expect.arrayContaining(['title', 'severity', 'status', 'category', 'reportedAt']),
    );
    expect(checkRecord('incidents', 'i1', { title: 'x' })).toMatchObject({ status: 'incomplete' });
    const full = {
      updatedAt: '2026-03-01T09:00:00.000Z',
      deletedAt: null,
      accountId: 'a',
      title: 'T',
      severity: 1,
      status: 'new',
      category: 'application',
      reportedAt: '2026-03-01T08:00:00.000Z',
      unknownExtra: true,
    };
    expect(checkRecord('incidents', 'i1', full)).toEqual({ status: 'valid' });
    expect(checkRecord('incidents', 'i1', { ...full, category: 'interface' })).toMatchObject({
      status: 'invalid',
      issues: [{ field: 'interfaceId' }],
    });
  });
});

describe('rank key repairs', () => {
  it('re-keys duplicates per account, ignoring tombstones, the same way everywhere', () => {
    const incidents = [
      { id: 'b', accountId: 'acc', rankKey: 'a1', deletedAt: null },
      { id: 'a', accountId: 'acc', rankKey: 'a1', deletedAt: null },
      { id: 'c', accountId: 'acc', rankKey: 'a2', deletedAt: null },
      { id: 'd', accountId: 'other', rankKey: 'a1', deletedAt: null },
      { id: 'e', accountId: 'acc', rankKey: 'a1', deletedAt: '2026-01-01T00:00:00.000Z' },
    ];
    const repairs = rankKeyRepairs(incidents);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]?.id).toBe('b');
    const key = repairs[0]?.rankKey ?? '';
    expect(key > 'a1' && key < 'a2').toBe(true);
    expect(rankKeyRepairs([...incidents].reverse())).toEqual(repairs);
  });

  it('reads a null in an optional field as cleared, and keeps nulls fields do take', () => {
    expect(clearableFields('incidents').has('description')).toBe(true);
    expect(clearableFields('incidents').has('title')).toBe(false);
    expect(checkFieldValue('incidents', 'description', null)).toBeNull();
    expect(checkFieldValue('incidents', 'title', null)).not.toBeNull();
    const values = { title: 'x', description: null };
    expect(withoutCleared('incidents', values)).toEqual({ title: 'x' });
    expect(values).toEqual({ title: 'x', description: null }); // not modified
    // meetings.topic takes null: it stays.
    expect(withoutCleared('meetings', { topic: null })).toEqual({ topic: null });
  });
});
