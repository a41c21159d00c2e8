import { describe, expect, it } from 'vitest';
import { bridgeArgSchemas, isAllowedExternalUrl } from './schemas';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/',
    'https://docs.example.com:8443/a/b?c=d#e',
    'https://xn--bcher-kva.example/',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://user:pw@example.com/',
    'https://evil.example@good.example/',
    'https:///nohost',
    'https://exa mple.com/',
    'HTTPS://example.com/\njavascript:1',
    'app://steward/index.html',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('saveFile arguments', () => {
  it('refuses path separators and dot names in the suggested name', () => {
    for (const suggestedName of ['../x.json', 'a/b.json', 'a\\b.json', '..', '.']) {
      const result = bridgeArgSchemas.saveFile.safeParse([
        { suggestedName, mimeType: 'application/json', data: '{}' },
      ]);
      expect(result.success, suggestedName).toBe(false);
    }
  });
});
