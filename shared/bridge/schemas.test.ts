import { describe, expect, it } from 'vitest';
import {
  bridgeArgSchemas,
  isAllowedExternalUrl,
  NOTIFY_BODY_MAX,
  NOTIFY_TITLE_MAX,
} from './schemas';

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

describe('notify arguments', () => {
  const parse = (request: unknown) => bridgeArgSchemas.notify.safeParse([request]);

  it('accepts a short title and body', () => {
    expect(parse({ title: 'SLA at risk', body: 'Payroll export: 20 min left' }).success).toBe(true);
    expect(parse({ title: 'x'.repeat(NOTIFY_TITLE_MAX), body: '' }).success).toBe(true);
  });

  it.each([
    [{ title: '', body: 'b' }],
    [{ title: '   ', body: 'b' }],
    [{ title: 'x'.repeat(NOTIFY_TITLE_MAX + 1), body: 'b' }],
    [{ title: 't', body: 'x'.repeat(NOTIFY_BODY_MAX + 1) }],
    [{ title: 't' }],
    [{ title: 't', body: 'b', icon: 'file:///etc/passwd' }],
    [{ title: 42, body: 'b' }],
    ['text'],
  ])('refuses %j', (request) => {
    expect(parse(request).success).toBe(false);
  });
});
