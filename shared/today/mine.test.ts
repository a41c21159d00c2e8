import { describe, expect, it } from 'vitest';
import { foldName, isSamePerson, mineMatcher } from './mine';

const account = (csmName: string, sdmName: string | null) => ({ csmName, sdmName });

describe('mineMatcher', () => {
  it('matches the CSM or the SDM, ignoring case, accents and extra spaces', () => {
    const mine = mineMatcher('  elise   FOURNIER ');
    expect(mine(account('Élise Fournier', null))).toBe(true);
    expect(mine(account('James Whitaker', 'Élise Fournier'))).toBe(true);
    expect(mine(account('James Whitaker', 'Nadia Benali'))).toBe(false);
    expect(mineMatcher('Amelie Caron')(account('X', 'Amélie Caron'))).toBe(true);
  });

  it('needs the whole name: a first name alone or a longer name does not match', () => {
    expect(mineMatcher('Claire')(account('Claire Rousseau', null))).toBe(false);
    expect(mineMatcher('Claire Rousseau-Martin')(account('Claire Rousseau', null))).toBe(false);
  });

  it('matches nothing when no name is set', () => {
    expect(mineMatcher('')(account('', null))).toBe(false);
    expect(mineMatcher('   ')(account('   ', '  '))).toBe(false);
  });
});

describe('foldName and isSamePerson', () => {
  it('folds composed and decomposed accents alike', () => {
    expect(foldName('Ame\u0301lie')).toBe(foldName('Amélie'));
    expect(foldName('ÇA Ñandú')).toBe('ca nandu');
  });

  it('compares an owner with the display name', () => {
    expect(isSamePerson('Élise Fournier', 'elise fournier')).toBe(true);
    expect(isSamePerson('Élise Fournier', 'Elisa Fournier')).toBe(false);
    expect(isSamePerson('', '')).toBe(false);
  });
});
