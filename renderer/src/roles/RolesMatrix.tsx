import { responsibilitiesFor, type Account, type AssignedDuty } from '@shared/index';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveRecord } from '../db/records';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';
import './roles.css';

function Responsible({ duty }: { duty: AssignedDuty }) {
  const { t } = useTranslation();
  if (duty.viaManagedServices) {
    return <span className="badge badge--success">{t('meetings.roles.viaManaged')}</span>;
  }
  return duty.responsible === 'vendor' ? (
    <span className="badge badge--muted">{t('meetings.roles.vendor')}</span>
  ) : (
    <span className="badge badge--warning">{t('meetings.roles.client')}</span>
  );
}

/**
 * The roles matrix for one account, in the UI language: each duty's owner with the
 * contracted managed-services options applied; ticking an option saves the account at once.
 */
export function RolesMatrix({
  account,
  editable = true,
}: {
  account: Account;
  editable?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const [busy, setBusy] = useState(false);
  // Show the choice at once; the stored account (saved asynchronously) catches up and wins.
  const [shown, setShown] = useState(account.managedServices);
  const [stored, setStored] = useState(account.managedServices);
  if (stored !== account.managedServices) {
    setStored(account.managedServices);
    setShown(account.managedServices);
  }
  const areas = responsibilitiesFor(shown);
  const contracted = new Set(shown);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...shown, id] : shown.filter((x) => x !== id);
    setShown(next);
    setBusy(true);
    saveRecord('accounts', { id: account.id, managedServices: next })
      .then(
        () => showToast({ tone: 'info', message: t('meetings.roles.saved') }),
        (error: unknown) => {
          setShown(account.managedServices);
          reportError(error);
        },
      )
      .finally(() => setBusy(false));
  };
  return (
    <>
      <p className="hint">{t('meetings.roles.summary', { count: contracted.size })}</p>
      <table className="table roles-table">
        <thead>
          <tr>
            <th scope="col">{t('meetings.roles.duty')}</th>
            <th scope="col">{t('meetings.roles.responsible')}</th>
            <th scope="col">{t('meetings.roles.managed')}</th>
          </tr>
        </thead>
        {areas.map(({ area, duties }) => (
          <tbody key={area.id}>
            <tr className="roles-table__area">
              <th scope="rowgroup" colSpan={3}>
                {area.name[lang]}
                {area.note ? <span className="roles-table__note">{area.note[lang]}</span> : null}
              </th>
            </tr>
            {duties.map((d) => (
              <tr key={d.id}>
                <td>{d.text[lang]}</td>
                <td>
                  <Responsible duty={d} />
                </td>
                <td>
                  {d.managedServices ? (
                    <label className="roles-table__option">
                      <input
                        type="checkbox"
                        checked={contracted.has(d.id)}
                        disabled={!editable || busy}
                        onChange={(e) => toggle(d.id, e.target.checked)}
                        aria-label={t('meetings.roles.contractFor', { duty: d.text[lang] })}
                      />
                      <span aria-hidden="true">{t('meetings.roles.contracted')}</span>
                    </label>
                  ) : (
                    <span className="muted">{t('meetings.roles.notOptional')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </>
  );
}
