import { SEVERITIES, type Severity } from '@shared/domain/types';
import { useTranslation } from 'react-i18next';
import { severityName } from '../ui/labels';

interface Props {
  value: Severity;
  onChange: (severity: Severity) => void;
}

/** Severity 1–4 as radios, each with its plain meaning; arrow keys move between them. */
export function SeverityField({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="field inc-severity">
      <legend className="field__label">{t('incidents.field.severity')}</legend>
      {SEVERITIES.map((s) => (
        <label key={s} className="inc-severity-option">
          <input
            type="radio"
            name="severity"
            value={s}
            checked={value === s}
            onChange={() => onChange(s)}
          />
          <span>
            <strong>
              {t('incidents.severityShort', {
                severity: s,
                name: severityName(t, s),
              })}
            </strong>
            <span className="hint"> — {t(`incidents.severityMeaning.${s}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
