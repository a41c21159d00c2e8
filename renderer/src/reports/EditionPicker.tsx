import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewEdition, ReviewOptions } from './edition';

interface Props {
  options: ReviewOptions;
  onChange: (o: ReviewOptions) => void;
}

const EDITIONS: readonly ReviewEdition[] = ['client', 'internal'];

/** Which edition the screen shows and Export PDF writes: chosen before exporting, client first. */
export function EditionPicker({ options, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="edition-picker" data-testid="edition-picker">
      <legend>{t('reports.edition.legend')}</legend>
      {EDITIONS.map((edition) => (
        <label key={edition} className="edition-picker__choice">
          <input
            type="radio"
            name={`${id}-edition`}
            value={edition}
            checked={options.edition === edition}
            aria-describedby={`${id}-${edition}`}
            // The appendix follows the edition's default until the user sets it.
            onChange={() => onChange({ edition, appendix: edition === 'internal' })}
          />
          <span>
            <strong>{t(`reports.edition.${edition}`)}</strong>{' '}
            <span className="hint" id={`${id}-${edition}`}>
              {t(`reports.edition.${edition}Hint`)}
            </span>
          </span>
        </label>
      ))}
      <label className="edition-picker__choice">
        <input
          type="checkbox"
          checked={options.appendix}
          onChange={(e) => onChange({ ...options, appendix: e.target.checked })}
        />
        <span>{t('reports.edition.appendix')}</span>
      </label>
    </fieldset>
  );
}
