import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  encodingPreviews,
  FALLBACK_ENCODINGS,
  PREVIEW_BYTES,
  type EncodingPreview,
} from './csv-decode';

export type FallbackEncoding = (typeof FALLBACK_ENCODINGS)[number];

/**
 * A file that is not UTF-8: its header and first accented lines as each fallback encoding reads
 * them, so the user picks the one where the accents look right; the import then reads the file
 * again in that encoding.
 */
export function EncodingChoice(props: {
  file: Blob;
  onChoose: (encoding: FallbackEncoding) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [previews, setPreviews] = useState<EncodingPreview[] | null>(null);
  const [chosen, setChosen] = useState<FallbackEncoding>('windows-1252');

  useEffect(() => {
    let live = true;
    // One byte more than the preview reads tells it the last line may be cut.
    void props.file
      .slice(0, PREVIEW_BYTES + 1)
      .arrayBuffer()
      .then((buffer) => {
        if (live) setPreviews(encodingPreviews(new Uint8Array(buffer)));
      });
    return () => {
      live = false;
    };
  }, [props.file]);

  const preview = previews?.find((p) => p.encoding === chosen);
  return (
    <fieldset className="transfer-choice" data-testid="encoding-choice">
      <legend>{t('transfer.csvEncoding.title')}</legend>
      <p className="hint">{t('transfer.csvEncoding.hint')}</p>
      {FALLBACK_ENCODINGS.map((encoding) => (
        <label key={encoding}>
          <input
            type="radio"
            name={`${id}-encoding`}
            value={encoding}
            checked={chosen === encoding}
            onChange={() => setChosen(encoding)}
          />{' '}
          {t(`transfer.csvEncoding.names.${encoding}`)}
        </label>
      ))}
      {preview ? (
        <figure className="encoding-preview">
          <figcaption>
            {t('transfer.csvEncoding.preview', {
              name: t(`transfer.csvEncoding.names.${chosen}`),
            })}
          </figcaption>
          <ol aria-label={t('transfer.csvEncoding.preview', { name: chosen })}>
            {preview.lines.map((l) => (
              <li key={l.line}>
                <span className="encoding-preview__line">
                  {t('transfer.csvEncoding.line', { line: l.line })}
                </span>{' '}
                <code>{l.text}</code>
              </li>
            ))}
          </ol>
        </figure>
      ) : null}
      <div className="transfer-actions">
        <button type="button" className="primary" onClick={() => props.onChoose(chosen)}>
          {t('transfer.csvEncoding.continue', {
            name: t(`transfer.csvEncoding.names.${chosen}`),
          })}
        </button>
      </div>
    </fieldset>
  );
}
