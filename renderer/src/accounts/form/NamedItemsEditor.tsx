import { useTranslation } from 'react-i18next';
import { Plus, X } from 'lucide-react';
import { newId } from '../../db/records';
import { fieldId, translateMessage } from './errors';
import { maxLengthOf } from '../../ui/limits';

interface Item {
  id: string;
  name: string;
  critical?: boolean;
}

interface Props<T extends Item> {
  /** Record field the list edits; also the prefix of error paths. */
  field: 'monitoredInterfaces' | 'extensions';
  legend: string;
  items: T[];
  errors: Record<string, string>;
  empty: string;
  nameLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  /** Shows a "critical" checkbox per item. */
  withCritical?: boolean;
  create: (id: string) => T;
  onChange: (items: T[]) => void;
  children?: React.ReactNode;
}

/** A list of named things (interfaces, extensions): add, rename, remove. */
export function NamedItemsEditor<T extends Item>(props: Props<T>) {
  const { t } = useTranslation();
  const { field, items, errors, onChange } = props;
  const set = (index: number, patch: Partial<Item>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="card list-editor">
      <legend>{props.legend}</legend>
      {props.children}
      {items.length === 0 ? <p className="hint">{props.empty}</p> : null}
      {items.map((item, index) => {
        const n = index + 1;
        const target = `${field}.${String(index)}.name`;
        const id = fieldId(target);
        const error = errors[target];
        return (
          <div key={item.id} className="list-editor__row list-editor__row--compact">
            <div className={`field${error ? ' field--invalid' : ''}`}>
              <label htmlFor={id} className="field__label">
                {props.nameLabel(n)}
              </label>
              <input
                id={id}
                value={item.name}
                maxLength={maxLengthOf('name')}
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => set(index, { name: e.target.value })}
              />
              {error ? (
                <p className="field__error" id={`${id}-error`}>
                  {translateMessage(error, t)}
                </p>
              ) : null}
            </div>
            {props.withCritical ? (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={item.critical ?? false}
                  aria-label={t('accounts.form.criticalLabel', { n })}
                  onChange={(e) => set(index, { critical: e.target.checked })}
                />
                <span aria-hidden="true">{t('accounts.form.critical')}</span>
              </label>
            ) : null}
            <button
              type="button"
              className="icon-button list-editor__remove"
              aria-label={props.removeLabel(n)}
              title={props.removeLabel(n)}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              <X size={16} aria-hidden="true" />
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...items, props.create(newId())])}>
        <Plus size={16} aria-hidden="true" /> {props.addLabel}
      </button>
    </fieldset>
  );
}
