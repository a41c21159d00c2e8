import { useTranslation } from 'react-i18next';
import { MANAGED_SERVICE_OPTIONS, ROLE_AREAS } from '@shared/roles/index';
import { uiLang } from '../labels';
import { fieldId } from './errors';

interface Props {
  value: string[];
  error: string | undefined;
  onChange: (value: string[]) => void;
}

/** Client duties the client may hand to the vendor, grouped by area of the roles matrix. */
export function ManagedServicesField({ value, error, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLang(i18n.language);
  const chosen = new Set(value);
  const areas = ROLE_AREAS.filter((a) => MANAGED_SERVICE_OPTIONS.some((o) => o.area === a.id));
  const firstId = fieldId('managedServices');
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className="card managed-services" aria-describedby="managed-hint">
      <legend>{t('accounts.form.managedServices')}</legend>
      <p id="managed-hint" className="hint">
        {t('accounts.form.managedServicesHint')}
      </p>
      {error ? <p className="field__error">{error}</p> : null}
      {areas.map((area) => (
        <div
          key={area.id}
          className="managed-services__area"
          role="group"
          aria-label={area.name[lang]}
        >
          <h3>{area.name[lang]}</h3>
          {MANAGED_SERVICE_OPTIONS.filter((o) => o.area === area.id).map((option) => (
            <label key={option.id} className="checkbox">
              <input
                id={option.id === MANAGED_SERVICE_OPTIONS[0]?.id ? firstId : undefined}
                type="checkbox"
                checked={chosen.has(option.id)}
                onChange={(e) => toggle(option.id, e.target.checked)}
              />
              {option.text[lang]}
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
