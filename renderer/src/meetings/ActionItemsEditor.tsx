import { ACTION_STATUSES } from '@shared/schemas/index';
import { Plus } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../db/records';
import { SelectField } from '../ui/Field';
import { blankActionRow, type ActionRow, type FormErrors, type Side } from './meeting-form';
import { OwnedItemRow } from './OwnedItemRow';

const SIDES: readonly Side[] = ['vendor', 'client'];

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
  const labels = {
    text: t('meetings.form.actionTitle'),
    owner: t('meetings.form.actionOwner'),
    due: t('meetings.form.actionDue'),
    status: t('meetings.form.actionStatus'),
  };
  const statuses = ACTION_STATUSES.map((s) => ({
    value: s,
    label: t(`meetings.actions.statusName.${s}`),
  }));
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
        <OwnedItemRow
          key={a.id}
          legend={t('meetings.form.actionLegend', { n: i + 1 })}
          removeLabel={t('meetings.form.removeAction', { n: i + 1 })}
          labels={labels}
          text={a.title}
          owner={a.owner}
          due={a.dueDate}
          status={a.status}
          statuses={statuses}
          textError={err(`actions.${i}.title`)}
          ownerError={err(`actions.${i}.owner`)}
          ownerList={listId}
          onText={(title) => update(i, { title })}
          onOwner={(owner) => update(i, { owner })}
          onDue={(dueDate) => update(i, { dueDate })}
          onStatus={(status) => update(i, { status })}
          onRemove={() => onChange(actions.filter((_, j) => j !== i))}
        >
          <SelectField
            label={t('meetings.form.actionSide')}
            value={a.ownerSide}
            onChange={(e) => update(i, { ownerSide: e.target.value as Side })}
            options={SIDES.map((side) => ({
              value: side,
              label: t(`meetings.form.sideName.${side}`),
            }))}
          />
        </OwnedItemRow>
      ))}
      <div className="row-list__add">
        <button type="button" onClick={() => onChange([...actions, blankActionRow(newId())])}>
          <Plus size={16} aria-hidden="true" /> {t('meetings.form.addAction')}
        </button>
      </div>
    </fieldset>
  );
}
