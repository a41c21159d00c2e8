import { describe, expect, it } from 'vitest';
import { ROLE_AREAS, ROLE_DUTIES } from './data';
import { MANAGED_SERVICE_OPTIONS, isManagedServiceOptionId, responsibilitiesFor } from './matrix';

describe('roles matrix', () => {
  it('covers the 14 areas of the seed, each with at least one duty, in both languages', () => {
    expect(ROLE_AREAS).toHaveLength(14);
    for (const area of ROLE_AREAS) {
      expect(ROLE_DUTIES.some((d) => d.area === area.id)).toBe(true);
    }
    for (const d of ROLE_DUTIES) {
      expect(ROLE_AREAS.some((a) => a.id === d.area)).toBe(true);
      expect(d.text.fr.length * d.text.en.length).toBeGreaterThan(0);
    }
    expect(new Set(ROLE_DUTIES.map((d) => d.id)).size).toBe(ROLE_DUTIES.length);
  });

  it('only client duties can be contracted out', () => {
    expect(MANAGED_SERVICE_OPTIONS.length).toBeGreaterThan(0);
    expect(MANAGED_SERVICE_OPTIONS.every((d) => d.owner === 'client')).toBe(true);
    expect(isManagedServiceOptionId('printers.setup')).toBe(true);
    expect(isManagedServiceOptionId('security.protection')).toBe(false);
  });

  it('contracted options move to the vendor; the rest stay', () => {
    const areas = responsibilitiesFor(['printers.setup']);
    const all = areas.flatMap((a) => a.duties);
    expect(all.find((d) => d.id === 'printers.setup')).toMatchObject({
      responsible: 'vendor',
      viaManagedServices: true,
    });
    expect(all.find((d) => d.id === 'extensions.setup-maintenance')?.responsible).toBe('client');
    expect(all.find((d) => d.id === 'security.protection')?.responsible).toBe('vendor');
    expect(all.filter((d) => d.viaManagedServices)).toHaveLength(1);
  });

  it('rejects unknown option ids', () => {
    expect(() => responsibilitiesFor(['security.protection'])).toThrow(RangeError);
  });
});
