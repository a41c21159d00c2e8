import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field';
import type { AccountDraft } from './draft';
import { fieldId, translateMessage } from './errors';
import { maxLengthOf } from '../../ui/limits';

interface Props {
  draft: AccountDraft;
  errors: Record<string, string>;
  people: { csms: string[]; sdms: string[] };
  onChange: (patch: Partial<AccountDraft>) => void;
}

/** CSM and SDM names, suggesting the names already in use. */
export function PeopleSection({ draft, errors, people, onChange }: Props) {
  const { t } = useTranslation();
  const error = (target: string) => {
    const message = errors[target];
    return message === undefined ? undefined : translateMessage(message, t);
  };
  const names = [...new Set([...people.csms, ...people.sdms])].sort((a, b) => a.localeCompare(b));
  return (
    <fieldset className="card form-grid">
      <legend>{t('accounts.form.people')}</legend>
      <TextField
        id={fieldId('csmName')}
        label={t('accounts.form.csm')}
        maxLength={maxLengthOf('name')}
        list="people-names"
        autoComplete="off"
        value={draft.csmName}
        error={error('csmName')}
        onChange={(e) => onChange({ csmName: e.target.value })}
      />
      <TextField
        id={fieldId('sdmName')}
        label={t('accounts.form.sdm')}
        maxLength={maxLengthOf('name')}
        hint={t('accounts.form.sdmHint')}
        list="people-names"
        autoComplete="off"
        value={draft.sdmName}
        error={error('sdmName')}
        onChange={(e) => onChange({ sdmName: e.target.value })}
      />
      <datalist id="people-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </fieldset>
  );
}
