import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, encodingPreviews, PREVIEW_BYTES } from './csv-decode';

/** "Société Générale" and "Zürich €5" as Excel in France saves them (Windows-1252). */
const cp1252 = (text: string) =>
  new Uint8Array(
    Array.from(text, (c) => {
      if (c === '€') return 0x80;
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in the test table: ${c}`);
      return code;
    }),
  );
const FILE = cp1252(
  'Nom;Offre\r\nAcme;Premium\r\nSociété Générale;CareFor Business\r\nZürich €5;Premium\r\n',
);

describe('CSV decoding', () => {
  it('refuses a Windows-1252 file as UTF-8, reads it as Windows-1252 when asked', () => {
    expect(decodeCsvBytes(FILE)).toEqual({ error: 'encoding' });
    const decoded = decodeCsvBytes(FILE, 'windows-1252');
    expect('text' in decoded && decoded.text.split('\r\n')[2]).toBe(
      'Société Générale;CareFor Business',
    );
    expect('text' in decoded && decoded.text).toContain('Zürich €5');
  });

  it('ISO-8859-1 is byte for code point: 0x80 stays a control character, not €', () => {
    const decoded = decodeCsvBytes(FILE, 'iso-8859-1');
    expect('text' in decoded && decoded.text).toContain('Société Générale');
    expect('text' in decoded && decoded.text).toContain('Zürich \u00805');
  });

  it('keeps the binary and empty checks in every encoding', () => {
    expect(decodeCsvBytes(new Uint8Array([0x61, 0x00, 0xe9]), 'windows-1252')).toEqual({
      error: 'binary',
    });
    expect(decodeCsvBytes(cp1252('  \r\n'), 'iso-8859-1')).toEqual({ error: 'empty' });
  });

  it('drops a UTF-8 BOM read as ISO-8859-1 too', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...cp1252('a;b')]);
    expect(decodeCsvBytes(bytes, 'iso-8859-1')).toEqual({ text: 'a;b' });
    expect(decodeCsvBytes(bytes, 'windows-1252')).toEqual({ text: 'a;b' });
  });

  it('previews the header and the accented lines in each fallback encoding', () => {
    const [win, latin] = encodingPreviews(FILE);
    expect(win?.encoding).toBe('windows-1252');
    expect(win?.lines).toEqual([
      { line: 1, text: 'Nom;Offre' },
      { line: 3, text: 'Société Générale;CareFor Business' },
      { line: 4, text: 'Zürich €5;Premium' },
    ]);
    expect(latin?.encoding).toBe('iso-8859-1');
    expect(latin?.lines[2]?.text).toBe('Zürich \u00805;Premium');
  });

  it('previews only the head of a big file, without the line it cuts', () => {
    const row = cp1252('Société Générale;Premium\n');
    const big = new Uint8Array(PREVIEW_BYTES + row.length * 2);
    for (let i = 0; i + row.length <= big.length; i += row.length) big.set(row, i);
    const [win] = encodingPreviews(big);
    expect(win?.lines).toHaveLength(5);
    expect(win?.lines.every((l) => l.text === 'Société Générale;Premium')).toBe(true);
  });
});
