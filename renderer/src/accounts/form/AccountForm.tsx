import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEFAULT_TIER_THRESHOLDS } from '@shared/plans/index';
import { peopleOf } from '../../db/accounts';
import { RecordValidationError } from '../../db/errors';
import { useRecords } from '../../db/queries';
import { saveRecord } from '../../db/records';
import { useWorkspaceSettings } from '../../db/workspace';
import { reportError } from '../../ui/errors';
import { showToast } from '../../ui/toast-store';
import { InterfaceUsageNote } from '../InterfaceUsageNote';
import { CalendarEditor } from './CalendarEditor';
import { ContactsEditor } from './ContactsEditor';
import { recordOf, type AccountDraft } from './draft';
import { ErrorSummary } from './ErrorSummary';
import { errorsByTarget } from './errors';
import { GeneralSection } from './GeneralSection';
import { ManagedServicesField } from './ManagedServicesField';
import { NamedItemsEditor } from './NamedItemsEditor';
import { PeopleSection } from './PeopleSection';
import '../accounts.css';

interface Props {
  initial: AccountDraft;
  /** Where Save and Cancel lead: the account page, or the list for a new account. */
  isNew: boolean;
}

/** The account form: validated by the shared schema on save; nothing is stored on error. */
export function AccountForm({ initial, isNew }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useWorkspaceSettings();
  const accounts = useRecords('accounts');
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  // Stable, so the memoised calendar editor skips the renders of other fields' keystrokes.
  const change = useCallback(
    (patch: Partial<AccountDraft>) => setDraft((d) => ({ ...d, ...patch })),
    [],
  );
  const changeCalendar = useCallback(
    (calendar: AccountDraft['calendar']) => change({ calendar }),
    [change],
  );

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    // Started before the re-render that disables Save: the save's transaction opens first, and
    // its change reaches the other devices sooner.
    const pending = (async () => saveRecord('accounts', recordOf(draft)))();
    setSaving(true);
    try {
      const saved = await pending;
      showToast({ tone: 'success', message: t('accounts.form.saved', { name: saved.name }) });
      void navigate(`/accounts/${saved.id}`, { replace: isNew });
    } catch (error) {
      if (error instanceof RecordValidationError) {
        setErrors(errorsByTarget(error.byField()));
        setAttempt((n) => n + 1);
      } else reportError(error);
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    if (dirty && !window.confirm(t('accounts.form.discard'))) return;
    void navigate(isNew ? '/accounts' : `/accounts/${initial.id}`);
  };

  return (
    <form className="account-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary ref={summary} errors={errors} />
      <GeneralSection
        draft={draft}
        errors={errors}
        thresholds={settings?.tierThresholds ?? DEFAULT_TIER_THRESHOLDS}
        onChange={change}
      />
      <PeopleSection
        draft={draft}
        errors={errors}
        people={peopleOf(accounts ?? [])}
        onChange={change}
      />
      <div className="card">
        <CalendarEditor
          value={draft.calendar}
          timeZone={draft.timeZone}
          errors={errors}
          onChange={changeCalendar}
        />
      </div>
      <ContactsEditor
        contacts={draft.contacts}
        errors={errors}
        onChange={(contacts) => change({ contacts })}
      />
      <NamedItemsEditor
        field="monitoredInterfaces"
        legend={t('accounts.form.interfaces')}
        items={draft.monitoredInterfaces}
        errors={errors}
        empty={t('accounts.form.noInterfaces')}
        nameLabel={(n) => t('accounts.form.interfaceName', { n })}
        addLabel={t('accounts.form.addInterface')}
        removeLabel={(n) => t('accounts.form.removeInterface', { n })}
        withCritical
        create={(id) => ({ id, name: '', critical: false })}
        onChange={(monitoredInterfaces) => change({ monitoredInterfaces })}
      >
        <InterfaceUsageNote
          plan={draft.plan}
          count={draft.monitoredInterfaces.length}
          account={{
            id: draft.id,
            subscriptionStart: draft.subscriptionStart,
            timeZone: draft.timeZone,
          }}
        />
      </NamedItemsEditor>
      <NamedItemsEditor
        field="extensions"
        legend={t('accounts.form.extensions')}
        items={draft.extensions}
        errors={errors}
        empty={t('accounts.form.noExtensions')}
        nameLabel={(n) => t('accounts.form.extensionName', { n })}
        addLabel={t('accounts.form.addExtension')}
        removeLabel={(n) => t('accounts.form.removeExtension', { n })}
        create={(id) => ({ id, name: '' })}
        onChange={(extensions) => change({ extensions })}
      />
      <ManagedServicesField
        value={draft.managedServices}
        error={errors.managedServices}
        onChange={(managedServices) => change({ managedServices })}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('accounts.form.save')}
        </button>
        <button type="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
