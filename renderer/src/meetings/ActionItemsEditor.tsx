import { ACTION_STATUSES } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { newId } from '../db/records';
import { SelectField } from '../ui/Field';
import { OwnedItemsEditor } from '../ui/OwnedItemsEditor';
import { blankActionRow, type ActionRow, type FormErrors, type Side } from './meeting-form';

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
  const err = (path: string) => {
    const key = errors[path];
    return key ? t(`meetings.form.errors.${key}`) : undefined;
  };
  return (
    <OwnedItemsEditor
      legend={t('meetings.form.actionItems')}
      items={actions}
      fields={(a) => ({ text: a.title, owner: a.owner, due: a.dueDate, status: a.status })}
      patch={(a, c) => ({
        ...a,
        ...(c.text === undefined ? {} : { title: c.text }),
        ...(c.owner === undefined ? {} : { owner: c.owner }),
        ...(c.due === undefined ? {} : { dueDate: c.due }),
        ...(c.status === undefined ? {} : { status: c.status }),
      })}
      labels={{
        text: t('meetings.form.actionTitle'),
        owner: t('meetings.form.actionOwner'),
        due: t('meetings.form.actionDue'),
        status: t('meetings.form.actionStatus'),
      }}
      statuses={ACTION_STATUSES.map((s) => ({
        value: s,
        label: t(`meetings.actions.statusName.${s}`),
      }))}
      rowLegend={(n) => t('meetings.form.actionLegend', { n })}
      removeLabel={(n) => t('meetings.form.removeAction', { n })}
      errorOf={(i, field) => err(`actions.${String(i)}.${field === 'text' ? 'title' : 'owner'}`)}
      suggestions={people}
      emptyHint={t('meetings.form.noActions')}
      addLabel={t('meetings.form.addAction')}
      blank={() => blankActionRow(newId())}
      extra={(a, update) => (
        <SelectField
          label={t('meetings.form.actionSide')}
          value={a.ownerSide}
          onChange={(e) => {
            update({ ...a, ownerSide: e.target.value as Side });
          }}
          options={SIDES.map((side) => ({
            value: side,
            label: t(`meetings.form.sideName.${side}`),
          }))}
        />
      )}
      onChange={onChange}
    />
  );
}
