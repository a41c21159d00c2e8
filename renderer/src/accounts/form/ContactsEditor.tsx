import { useTranslation } from 'react-i18next';
import { Plus, X } from 'lucide-react';
import { newId } from '../../db/records';
import type { ContactDraft } from './draft';
import { fieldId, translateMessage } from './errors';
import { maxLengthOf } from '../../ui/limits';

/** Each contact field's text kind (shared/schemas/limits.ts). */
const CONTACT_KINDS = { name: 'name', email: 'email', role: 'label' } as const;

interface Props {
  contacts: ContactDraft[];
  errors: Record<string, string>;
  onChange: (contacts: ContactDraft[]) => void;
}

/** Client contacts: name, email, role, and whether each is a key user. */
export function ContactsEditor({ contacts, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ContactDraft>) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="card list-editor">
      <legend>{t('accounts.form.contacts')}</legend>
      {contacts.length === 0 ? <p className="hint">{t('accounts.form.noContacts')}</p> : null}
      {contacts.map((contact, index) => {
        const n = index + 1;
        const item = t('accounts.form.item.contacts', { n });
        const field = (key: 'name' | 'email' | 'role') => {
          const target = `contacts.${String(index)}.${key}`;
          const error = errors[target];
          const id = fieldId(target);
          return (
            <div className={`field${error ? ' field--invalid' : ''}`}>
              <label htmlFor={id} className="field__label">
                {t('accounts.form.itemField', {
                  item,
                  field: t(key === 'name' ? 'accounts.form.contactName' : `accounts.form.${key}`),
                })}
              </label>
              <input
                id={id}
                type={key === 'email' ? 'email' : 'text'}
                maxLength={maxLengthOf(CONTACT_KINDS[key])}
                autoComplete="off"
                value={contact[key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => set(index, { [key]: e.target.value })}
              />
              {error ? (
                <p className="field__error" id={`${id}-error`}>
                  {translateMessage(error, t)}
                </p>
              ) : null}
            </div>
          );
        };
        return (
          <div key={contact.id} className="list-editor__row" role="group" aria-label={item}>
            {field('name')}
            {field('email')}
            {field('role')}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={contact.keyUser}
                onChange={(e) => set(index, { keyUser: e.target.checked })}
              />
              {t('accounts.form.keyUser')}
            </label>
            <button
              type="button"
              className="icon-button list-editor__remove"
              aria-label={t('accounts.form.removeContact', { n })}
              title={t('accounts.form.removeContact', { n })}
              onClick={() => onChange(contacts.filter((_, i) => i !== index))}
            >
              <X size={16} aria-hidden="true" />
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          onChange([...contacts, { id: newId(), name: '', email: '', role: '', keyUser: false }])
        }
      >
        <Plus size={16} aria-hidden="true" /> {t('accounts.form.addContact')}
      </button>
    </fieldset>
  );
}
