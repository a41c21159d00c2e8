import { MEETING_KINDS, type Account, type MeetingKind } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../ui/Field';
import type { FormErrors, MeetingFormState } from './meeting-form';
import { maxLengthOf } from '../ui/limits';

interface Props {
  state: MeetingFormState;
  errors: FormErrors;
  accounts: readonly Account[];
  /** The account cannot change once a meeting exists (its actions belong to it). */
  accountLocked: boolean;
  onChange: (patch: Partial<MeetingFormState>) => void;
}

/** Account, kind, title, topic and times (read on the account's clock). */
export function MeetingBasics({ state, errors, accounts, accountLocked, onChange }: Props) {
  const { t } = useTranslation();
  const err = (path: string) => {
    const key = errors[path];
    return key ? t(`meetings.form.errors.${key}`) : undefined;
  };
  const zone = accounts.find((a) => a.id === state.accountId)?.timeZone;
  const zoneHint = zone ? t('meetings.form.zoneHint', { zone }) : undefined;
  return (
    <div className="meeting-form__grid">
      <SelectField
        label={t('meetings.form.account')}
        name="accountId"
        required
        disabled={accountLocked}
        value={state.accountId}
        error={err('accountId')}
        onChange={(e) => onChange({ accountId: e.target.value })}
        options={[
          { value: '', label: t('meetings.form.chooseAccount') },
          ...[...accounts]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <SelectField
        label={t('meetings.form.kind')}
        name="kind"
        value={state.kind}
        onChange={(e) => onChange({ kind: e.target.value as MeetingKind })}
        options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
      />
      <div className="meeting-form__wide">
        <TextField
          label={t('meetings.form.title')}
          name="title"
          maxLength={maxLengthOf('name')}
          required
          value={state.title}
          error={err('title')}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </div>
      {state.kind === 'interactive-briefing' ? (
        <div className="meeting-form__wide">
          <TextField
            label={t('meetings.form.topic')}
            name="topic"
            maxLength={maxLengthOf('line')}
            required
            value={state.topic}
            error={err('topic')}
            onChange={(e) => onChange({ topic: e.target.value })}
          />
        </div>
      ) : null}
      <TextField
        label={t('meetings.form.startsAt')}
        name="startsAt"
        type="datetime-local"
        required
        value={state.startsAt}
        hint={zoneHint}
        error={err('startsAt')}
        onChange={(e) => onChange({ startsAt: e.target.value })}
      />
      <TextField
        label={t('meetings.form.endsAt')}
        name="endsAt"
        type="datetime-local"
        value={state.endsAt}
        min={state.startsAt || undefined}
        hint={zoneHint}
        error={err('endsAt')}
        onChange={(e) => onChange({ endsAt: e.target.value })}
      />
    </div>
  );
}
