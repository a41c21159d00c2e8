import { INCIDENT_CATEGORIES, INCIDENT_STATUSES } from '@shared/domain/types';
import type { Account, Incident } from '@shared/schemas/index';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RecordValidationError } from '../db/errors';
import { createIncident, updateIncident } from '../db/incidents';
import { reportError } from '../ui/errors';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import {
  draftFromIncident,
  formErrors,
  inputFromDraft,
  newDraft,
  withAccount,
  type IncidentDraft,
} from './form-model';
import { SeverityChangeDialog } from './SeverityChangeDialog';
import { SeverityField } from './SeverityField';
import { ZonedDateTimeField } from './ZonedDateTimeField';
import { maxLengthOf } from '../ui/limits';
import { statusLabel } from '../ui/labels';

interface Props {
  accounts: Account[];
  /** The incident being edited; undefined for a new one. */
  incident: Incident | undefined;
  initialAccountId: string;
  /** Who this device's user is, when known (default owner). */
  userName: string | null;
  /** The name history entries carry. */
  by: string;
}

type Errors = Partial<Record<keyof IncidentDraft, string>>;

export function IncidentForm({ accounts, incident, initialAccountId, userName, by }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accountOf = (id: string) => accounts.find((a) => a.id === id);
  const [draft, setDraft] = useState<IncidentDraft>(() =>
    incident
      ? draftFromIncident(incident, accountOf(incident.accountId))
      : newDraft(
          initialAccountId,
          accountOf(initialAccountId)?.timeZone,
          userName ?? '',
          new Date(),
        ),
  );
  // The "Reported" value this form filled in itself (new incidents): replaced on account change.
  const [autoReportedAt, setAutoReportedAt] = useState<string | null>(() =>
    incident ? null : draft.reportedAt,
  );
  // The untouched stored time keeps its seconds (the input shows minutes only).
  const [original] = useState(() =>
    incident ? { value: draft.reportedAt, iso: incident.reportedAt } : undefined,
  );
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  // A changed severity on an existing incident is confirmed first (the dialog says what it does).
  const [confirming, setConfirming] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  // Focus the error summary after the render that shows it (a counter: each refused save asks again).
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) summary.current?.focus();
  }, [focusRequest]);
  const account = accountOf(draft.accountId);
  const set = <K extends keyof IncidentDraft>(key: K, value: IncidentDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const storedAccount = incident === undefined ? undefined : accountOf(incident.accountId);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (storedAccount !== undefined && draft.severity !== incident?.severity) {
      setConfirming(true);
      return;
    }
    void save();
  }

  async function save() {
    // Started before the re-render that disables Save, so the save's transaction opens first.
    const pending = (async () => {
      const input = inputFromDraft(draft, account, original);
      return incident ? updateIncident(incident.id, input, by) : createIncident(input, by);
    })();
    setSaving(true);
    try {
      const saved = await pending;
      showToast({
        tone: 'success',
        message: incident ? t('incidents.saved') : t('incidents.created', { title: saved.title }),
      });
      await navigate(`/incidents/${saved.id}`);
    } catch (error) {
      setSaving(false);
      if (!(error instanceof RecordValidationError)) {
        reportError(error);
        return;
      }
      setErrors(formErrors(error.byField(), t));
      setFocusRequest((n) => n + 1);
    }
  }

  const errorList = Object.values(errors);
  const options = (items: Array<{ id: string; name: string }>, placeholder: string) => [
    { value: '', label: placeholder },
    ...items.map((i) => ({ value: i.id, label: i.name })),
  ];

  return (
    <form className="incident-form card" noValidate onSubmit={submit}>
      {errorList.length > 0 ? (
        <div ref={summary} className="inc-summary" role="alert" tabIndex={-1}>
          <p>{t('incidents.error.summary', { count: errorList.length })}</p>
          <ul>
            {errorList.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SelectField
        label={t('incidents.field.account')}
        required
        value={draft.accountId}
        error={errors.accountId}
        onChange={(e) => {
          const next = accountOf(e.target.value);
          const changed = withAccount(draft, next, incident ? null : autoReportedAt, new Date());
          if (!incident && changed.reportedAt !== draft.reportedAt)
            setAutoReportedAt(changed.reportedAt);
          setDraft(changed);
        }}
        options={options(accounts, t('incidents.field.chooseAccount'))}
      />
      <TextField
        label={t('incidents.field.title')}
        maxLength={maxLengthOf('name')}
        required
        value={draft.title}
        error={errors.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <TextAreaField
        label={t('incidents.field.description')}
        maxLength={maxLengthOf('long')}
        value={draft.description}
        onChange={(e) => set('description', e.target.value)}
      />
      <SeverityField value={draft.severity} onChange={(s) => set('severity', s)} />
      <SelectField
        label={t('incidents.field.category')}
        value={draft.category}
        onChange={(e) => set('category', e.target.value as IncidentDraft['category'])}
        options={INCIDENT_CATEGORIES.map((c) => ({
          value: c,
          label: t(`incidents.category.${c}`),
        }))}
      />
      {draft.category === 'interface' ? (
        <SelectField
          label={t('incidents.field.interface')}
          required
          value={draft.interfaceId}
          error={errors.interfaceId}
          hint={
            account?.monitoredInterfaces.length === 0
              ? t('incidents.field.noInterfaces')
              : undefined
          }
          onChange={(e) => set('interfaceId', e.target.value)}
          options={options(
            account?.monitoredInterfaces ?? [],
            t('incidents.field.chooseInterface'),
          )}
        />
      ) : null}
      {draft.category === 'extension' ? (
        <SelectField
          label={t('incidents.field.extension')}
          required
          value={draft.extensionId}
          error={errors.extensionId}
          hint={account?.extensions.length === 0 ? t('incidents.field.noExtensions') : undefined}
          onChange={(e) => set('extensionId', e.target.value)}
          options={options(account?.extensions ?? [], t('incidents.field.chooseExtension'))}
        />
      ) : null}
      <ZonedDateTimeField
        label={t('incidents.field.reportedAt')}
        value={draft.reportedAt}
        timeZone={account?.timeZone}
        error={errors.reportedAt}
        onChange={(v) => set('reportedAt', v)}
      />
      <SelectField
        label={t('incidents.field.status')}
        value={draft.status}
        onChange={(e) => set('status', e.target.value as IncidentDraft['status'])}
        options={INCIDENT_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
      />
      <TextField
        label={t('incidents.field.owner')}
        hint={t('incidents.field.ownerHint')}
        value={draft.owner}
        list="incident-owner-suggestions"
        autoComplete="off"
        onChange={(e) => set('owner', e.target.value)}
      />
      <datalist id="incident-owner-suggestions">
        {[account?.csmName, account?.sdmName, userName]
          .filter((n): n is string => typeof n === 'string' && n !== '')
          .filter((n, i, all) => all.indexOf(n) === i)
          .map((n) => (
            <option key={n} value={n} />
          ))}
      </datalist>
      <div className="inc-actions">
        <button type="submit" className="primary" disabled={saving}>
          {incident ? t('incidents.saveChanges') : t('incidents.create')}
        </button>
        <button
          type="button"
          onClick={() =>
            void navigate(
              incident
                ? `/incidents/${incident.id}`
                : draft.accountId
                  ? `/accounts/${draft.accountId}`
                  : '/accounts',
            )
          }
        >
          {t('common.cancel')}
        </button>
      </div>
      {incident !== undefined && storedAccount !== undefined ? (
        <SeverityChangeDialog
          incident={incident}
          account={storedAccount}
          to={confirming ? draft.severity : null}
          onConfirm={() => {
            setConfirming(false);
            void save();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </form>
  );
}
