import type { Account } from '@shared/schemas/index';
import { Plus, X } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendeeRow, FormErrors, Side } from './meeting-form';

interface Props {
  attendees: AttendeeRow[];
  account: Account | undefined;
  errors: FormErrors;
  onChange: (attendees: AttendeeRow[]) => void;
}

let counter = 0;
const rowKey = () => `att-${++counter}`;

/** Attendees on both sides: the account's contacts in one pick, anyone else by name. */
export function AttendeesEditor({ attendees, account, errors, onChange }: Props) {
  const { t } = useTranslation();
  const pickId = useId();
  const [picked, setPicked] = useState('');
  const taken = new Set(attendees.map((a) => a.contactId));
  const contacts = (account?.contacts ?? []).filter((c) => !taken.has(c.id));
  const update = (i: number, patch: Partial<AttendeeRow>) =>
    onChange(attendees.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const addContact = () => {
    const c = contacts.find((x) => x.id === picked);
    if (!c) return;
    onChange([...attendees, { key: rowKey(), name: c.name, side: 'client', contactId: c.id }]);
    setPicked('');
  };
  return (
    <fieldset className="meeting-form__fieldset">
      <legend>{t('meetings.form.attendees')}</legend>
      {attendees.length > 0 ? (
        <ul className="row-list">
          {attendees.map((a, i) => {
            const error = errors[`attendees.${i}`];
            const errorId = `${pickId}-e${i}`;
            return (
              <li key={a.key} className="row-list__row">
                <input
                  aria-label={t('meetings.form.attendeeName', { n: i + 1 })}
                  value={a.name}
                  readOnly={a.contactId !== null}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(e) => update(i, { name: e.target.value })}
                />
                <select
                  aria-label={t('meetings.form.attendeeSide', { n: i + 1 })}
                  value={a.side}
                  onChange={(e) => update(i, { side: e.target.value as Side })}
                >
                  <option value="vendor">{t('meetings.form.sideName.vendor')}</option>
                  <option value="client">{t('meetings.form.sideName.client')}</option>
                </select>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('meetings.form.removeAttendee', { n: i + 1 })}
                  onClick={() => onChange(attendees.filter((_, j) => j !== i))}
                >
                  <X size={16} aria-hidden="true" />
                </button>
                {error ? (
                  <p id={errorId} className="field__error row-list__error">
                    {t(`meetings.form.errors.${error}`)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="row-list__add">
        {contacts.length > 0 ? (
          <>
            <label htmlFor={pickId} className="visually-hidden">
              {t('meetings.form.addContact')}
            </label>
            <select id={pickId} value={picked} onChange={(e) => setPicked(e.target.value)}>
              <option value="">{t('meetings.form.pickContact')}</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.role ? `${c.name} — ${c.role}` : c.name}
                </option>
              ))}
            </select>
            <button type="button" onClick={addContact} disabled={picked === ''}>
              <Plus size={16} aria-hidden="true" /> {t('meetings.form.addContact')}
            </button>
          </>
        ) : null}
        <button
          type="button"
          onClick={() =>
            onChange([...attendees, { key: rowKey(), name: '', side: 'vendor', contactId: null }])
          }
        >
          <Plus size={16} aria-hidden="true" /> {t('meetings.form.addPerson')}
        </button>
      </div>
    </fieldset>
  );
}
