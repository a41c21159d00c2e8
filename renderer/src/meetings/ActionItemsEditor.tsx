import { ACTION_STATUSES } from '@shared/schemas/index';
import { Plus, X } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../db/records';
import { FieldShell } from '../ui/Field';
import type { ActionRow, FormErrors, Side } from './meeting-form';

interface Props {
  actions: ActionRow[];
  /** Names to suggest as owners: attendees, contacts, the CSM and SDM. */
  people: readonly string[];
  errors: FormErrors;
  onChange: (actions: ActionRow[]) => void;
}

/** Action items of the meeting: text, owner and side, due date, status. */
export function ActionItemsEditor({ actions, people, errors, onChange }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const update = (i: number, patch: Partial<ActionRow>) =>
    onChange(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const err = (path: string) => {
    const key = errors[path];
    return key ? t(`meetings.form.errors.${key}`) : undefined;
  };
  return (
    <fieldset className="meeting-form__fieldset">
      <legend>{t('meetings.form.actionItems')}</legend>
      <datalist id={listId}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {actions.length === 0 ? <p className="hint">{t('meetings.form.noActions')}</p> : null}
      {actions.map((a, i) => (
        <fieldset key={a.id} className="action-row">
          <legend>{t('meetings.form.actionLegend', { n: i + 1 })}</legend>
          <div className="action-row__title">
            <FieldShell
              label={t('meetings.form.actionTitle')}
              error={err(`actions.${i}.title`)}
              required
            >
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  value={a.title}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  onChange={(e) => update(i, { title: e.target.value })}
                />
              )}
            </FieldShell>
          </div>
          <FieldShell
            label={t('meetings.form.actionOwner')}
            error={err(`actions.${i}.owner`)}
            required
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                list={listId}
                value={a.owner}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => update(i, { owner: e.target.value })}
              />
            )}
          </FieldShell>
          <FieldShell label={t('meetings.form.actionSide')}>
            {({ id }) => (
              <select
                id={id}
                value={a.ownerSide}
                onChange={(e) => update(i, { ownerSide: e.target.value as Side })}
              >
                <option value="vendor">{t('meetings.form.sideName.vendor')}</option>
                <option value="client">{t('meetings.form.sideName.client')}</option>
              </select>
            )}
          </FieldShell>
          <FieldShell label={t('meetings.form.actionDue')}>
            {({ id }) => (
              <input
                id={id}
                type="date"
                value={a.dueDate}
                onChange={(e) => update(i, { dueDate: e.target.value })}
              />
            )}
          </FieldShell>
          <FieldShell label={t('meetings.form.actionStatus')}>
            {({ id }) => (
              <select
                id={id}
                value={a.status}
                onChange={(e) => update(i, { status: e.target.value as ActionRow['status'] })}
              >
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`meetings.actions.statusName.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <button
            type="button"
            className="icon-button action-row__remove"
            aria-label={t('meetings.form.removeAction', { n: i + 1 })}
            onClick={() => onChange(actions.filter((_, j) => j !== i))}
          >
            <X size={16} aria-hidden="true" />
          </button>
        </fieldset>
      ))}
      <div className="row-list__add">
        <button
          type="button"
          onClick={() =>
            onChange([
              ...actions,
              {
                id: newId(),
                title: '',
                owner: '',
                ownerSide: 'client',
                dueDate: '',
                status: 'open',
                doneAt: null,
              },
            ])
          }
        >
          <Plus size={16} aria-hidden="true" /> {t('meetings.form.addAction')}
        </button>
      </div>
    </fieldset>
  );
}
