import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRYPT_N,
  hashPassword,
  needsRehash,
  scryptParams,
  verifyPassword,
} from './passwords';

describe('password hashing', () => {
  it('defaults to scrypt N=2^17, r=8, p=1; STEWARD_SCRYPT_N only lowers it for tests', () => {
    expect(scryptParams({})).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(DEFAULT_SCRYPT_N).toBe(131072);
    expect(scryptParams({ STEWARD_SCRYPT_N: '4096' })).toEqual({ N: 4096, r: 8, p: 1 });
    for (const bad of ['1000', '512', 'fast', String(2 ** 21)]) {
      expect(() => scryptParams({ STEWARD_SCRYPT_N: bad }), bad).toThrow(/power of two/);
    }
  });

  it('hashes at the default cost (128 MiB each), several at once, parameters in the hash', async () => {
    const params = scryptParams({});
    const hashes = await Promise.all(
      ['one pass phrase', 'two pass phrase', 'three pass phrase'].map((p) =>
        hashPassword(p, params),
      ),
    );
    for (const h of hashes)
      expect(h.split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
    expect(await verifyPassword('two pass phrase', hashes[1] ?? '')).toBe(true);
    expect(await verifyPassword('one pass phrase', hashes[1] ?? '')).toBe(false);
    expect(needsRehash(hashes[0] ?? '', params)).toBe(false);
    expect(needsRehash(hashes[0] ?? '', { N: 4096, r: 8, p: 1 })).toBe(true);
  }, 60_000);

  it('refuses damaged or absurd stored hashes without deriving', async () => {
    for (const stored of [
      '',
      'bcrypt$x',
      'scrypt$0$8$1$AA==$AA==',
      `scrypt$${2 ** 30}$8$1$AA==$AA==`,
    ]) {
      expect(await verifyPassword('pw', stored), stored).toBe(false);
      expect(needsRehash(stored)).toBe(true);
    }
  });
});
