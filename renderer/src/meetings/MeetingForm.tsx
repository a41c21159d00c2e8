import type { Account } from '@shared/schemas/index';
import i18next from 'i18next';
import { FileStack } from 'lucide-react';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RecordValidationError } from '../db/errors';
import { readTemplateSources, saveMeetingWithActions } from '../db/meetings';
import { useAccountRecords } from '../db/queries';
import { newId } from '../db/records';
import { TextAreaField } from '../ui/Field';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';
import { ActionItemsEditor } from './ActionItemsEditor';
import { AttendeesEditor } from './AttendeesEditor';
import { Markdown } from './Markdown';
import { MeetingBasics } from './MeetingBasics';
import {
  recordsFromForm,
  validateForm,
  type FormErrors,
  type MeetingFormState,
} from './meeting-form';
import { buildSteeringTemplate, draftFromTemplate } from './template';
import { nextUsualSlot } from './usual-slot';
import { zonedInputToIso } from '@shared/calendar/zoned-time';
import { dateTimeFormat } from '@shared/intl';
import { maxLengthOf, tooLongText } from '../ui/limits';

interface Props {
  initial: MeetingFormState;
  accounts: readonly Account[];
  /** null for a new meeting. */
  meetingId: string | null;
  /** Action items stored before this edit (removed ones go to the Trash on save). */
  storedActionIds: readonly string[];
}

export function MeetingForm({ initial, accounts, meetingId, storedActionIds }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [alert, setAlert] = useState('');
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped on each refused save: after that render, focus lands on the first field in error.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const account = accounts.find((a) => a.id === state.accountId);
  // The account's meetings teach the template its usual slot (weekday, time, cadence).
  const accountMeetings = useAccountRecords('meetings', state.accountId);
  const patch = (p: Partial<MeetingFormState>) => setState((s) => ({ ...s, ...p }));

  const people = [
    ...new Set(
      [
        ...state.attendees.map((a) => a.name),
        ...(account?.contacts.map((c) => c.name) ?? []),
        account?.csmName ?? '',
        account?.sdmName ?? '',
      ].filter((n) => n.trim() !== ''),
    ),
  ];

  const applyTemplate = async () => {
    if (!account) {
      setErrors({ accountId: 'account' });
      setAlert(t('meetings.form.template.needAccount'));
      return;
    }
    const dirty = state.agenda.trim() !== '' || state.notes.trim() !== '';
    if (dirty && !window.confirm(t('meetings.form.template.replaceConfirm'))) return;
    try {
      const now = new Date();
      const sources = await readTemplateSources(account.id);
      const template = buildSteeringTemplate({ ...sources, account, now });
      const draft = draftFromTemplate(template, i18next.language, now, account.timeZone);
      const others = (accountMeetings ?? []).filter((m) => m.id !== meetingId);
      // A start the user already typed wins, as a typed title does.
      const slot =
        state.startsAt.trim() === ''
          ? nextUsualSlot(others, 'steering-committee', account.timeZone, now)
          : null;
      setState((s) => ({
        ...s,
        kind: 'steering-committee',
        title: s.title.trim() === '' ? draft.title : s.title,
        startsAt: slot?.startsAt ?? s.startsAt,
        endsAt: slot !== null && s.endsAt.trim() === '' ? slot.endsAt : s.endsAt,
        agenda: draft.agenda.join('\n'),
        notes: draft.notes,
      }));
      const slotIso = slot === null ? null : zonedInputToIso(slot.startsAt, account.timeZone);
      const when =
        slotIso === null
          ? null
          : dateTimeFormat(i18next.language, {
              dateStyle: 'full',
              timeStyle: 'short',
              timeZone: account.timeZone,
            }).format(new Date(slotIso));
      setAlert(
        slot === null || when === null
          ? t('meetings.form.template.applied')
          : `${t('meetings.form.template.applied')} ${t('meetings.form.template.slotProposed', {
              when,
              cadence: t(`meetings.form.template.cadence.${slot.cadence}`),
            })}`,
      );
    } catch (error) {
      reportError(error);
    }
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const found = validateForm(state, account?.timeZone ?? null);
    setErrors(found);
    if (Object.keys(found).length > 0 || !account) {
      setAlert(t('meetings.form.fixErrors'));
      setRefusals((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const id = meetingId ?? newId();
      const { meeting, actions } = recordsFromForm(state, account.timeZone, id, new Date());
      const kept = new Set(actions.map((a) => a.id));
      const removed = storedActionIds.filter((a) => !kept.has(a));
      const saved = await saveMeetingWithActions(meeting, actions, removed);
      showToast({ tone: 'info', message: t('meetings.form.created', { title: saved.title }) });
      void navigate(`/meetings/${saved.id}`);
    } catch (error) {
      if (error instanceof RecordValidationError) {
        // Text over its limit is worded in the user's language; other refusals as the schema says.
        const tooLong = error.issues.map((i) => tooLongText(i.message, t)).find((m) => m !== null);
        setAlert(tooLong ?? error.message);
      }
      reportError(error);
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="meeting-form" noValidate onSubmit={(e) => void submit(e)}>
      <p role="status" aria-live="polite" className="meeting-form__alert">
        {alert}
      </p>
      <MeetingBasics
        state={state}
        errors={errors}
        accounts={accounts}
        accountLocked={meetingId !== null}
        onChange={patch}
      />
      <div className="meeting-form__template card">
        <button type="button" onClick={() => void applyTemplate()}>
          <FileStack size={16} aria-hidden="true" /> {t('meetings.form.template.button')}
        </button>
        <p className="hint">{t('meetings.form.template.hint')}</p>
      </div>
      <AttendeesEditor
        attendees={state.attendees}
        account={account}
        errors={errors}
        onChange={(attendees) => patch({ attendees })}
      />
      <TextAreaField
        label={t('meetings.form.agenda')}
        name="agenda"
        hint={t('meetings.form.agendaHint')}
        rows={5}
        value={state.agenda}
        onChange={(e) => patch({ agenda: e.target.value })}
      />
      <TextAreaField
        label={t('meetings.form.notes')}
        name="notes"
        maxLength={maxLengthOf('long')}
        hint={t('meetings.form.notesHint')}
        rows={12}
        value={state.notes}
        onChange={(e) => patch({ notes: e.target.value })}
      />
      <label className="meeting-form__toggle">
        <input type="checkbox" checked={preview} onChange={(e) => setPreview(e.target.checked)} />{' '}
        {t('meetings.form.preview')}
      </label>
      {preview ? <Markdown source={state.notes} className="card meeting-form__preview" /> : null}
      <TextAreaField
        label={t('meetings.form.decisions')}
        name="decisions"
        hint={t('meetings.form.decisionsHint')}
        rows={4}
        value={state.decisions}
        onChange={(e) => patch({ decisions: e.target.value })}
      />
      <ActionItemsEditor
        actions={state.actions}
        people={people}
        errors={errors}
        onChange={(actions) => patch({ actions })}
      />
      <div className="meeting-form__buttons">
        <button type="submit" className="primary" disabled={saving}>
          {t('meetings.form.save')}
        </button>
        <button type="button" onClick={() => void navigate(-1)}>
          {t('meetings.form.cancel')}
        </button>
      </div>
    </form>
  );
}
