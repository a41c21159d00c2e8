import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { EncodingChoice } from './EncodingChoice';

beforeAll(async () => {
  await initI18n('fr');
});

/** 'Nom;Offre', 'Société Générale;Premium', 'Œuvre €;Premium' in Windows-1252 bytes. */
const BYTES = new Uint8Array([
  ...Array.from('Nom;Offre\r\nSoci', (c) => c.charCodeAt(0)),
  0xe9,
  ...Array.from('t', (c) => c.charCodeAt(0)),
  0xe9,
  ...Array.from(' G', (c) => c.charCodeAt(0)),
  0xe9,
  ...Array.from('n', (c) => c.charCodeAt(0)),
  0xe9,
  ...Array.from('rale;Premium\r\n', (c) => c.charCodeAt(0)),
  0x8c,
  ...Array.from('uvre ', (c) => c.charCodeAt(0)),
  0x80,
  ...Array.from(';Premium\r\n', (c) => c.charCodeAt(0)),
]);

describe('EncodingChoice', () => {
  it('previews the accented lines as Windows-1252, then as ISO-8859-1, and reports the pick', async () => {
    const onChoose = vi.fn();
    render(<EncodingChoice file={new Blob([BYTES])} onChoose={onChoose} />);
    expect(await screen.findByText('Société Générale;Premium')).toBeTruthy();
    expect(screen.getByText('Œuvre €;Premium')).toBeTruthy();
    expect(screen.getByText('Nom;Offre')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('ISO-8859-1 (Latin-1)'));
    expect(await screen.findByText('\u008cuvre \u0080;Premium')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lire en ISO-8859-1 (Latin-1)' }));
    expect(onChoose).toHaveBeenCalledWith('iso-8859-1');
  });
});
