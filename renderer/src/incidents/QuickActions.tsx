import {
  INCIDENT_STATUSES,
  SEVERITIES,
  type IncidentStatus,
  type Severity,
} from '@shared/domain/types';
import type { Account, Incident } from '@shared/schemas/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateIncident, type IncidentPatch } from '../db/incidents';
import { reportError } from '../ui/errors';
import { SelectField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { SeverityChangeDialog } from './SeverityChangeDialog';
import { severityShort, statusLabel } from '../ui/labels';

interface Props {
  incident: Incident;
  /** The incident's account: a severity change is confirmed with its SLA preview. */
  account: Account | null;
  by: string;
}

/**
 * Status and severity in two small forms: pick, then apply (a select never saves on its own).
 * A severity change asks first, saying what happens to the SLA clocks.
 */
export function QuickActions({ incident, account, by }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<IncidentStatus>(incident.status);
  const [severity, setSeverity] = useState<Severity>(incident.severity);
  const [asking, setAsking] = useState(false);
  // Follow changes made elsewhere (the form, another device).
  const [seen, setSeen] = useState({ status: incident.status, severity: incident.severity });
  if (seen.status !== incident.status || seen.severity !== incident.severity) {
    setSeen({ status: incident.status, severity: incident.severity });
    setStatus(incident.status);
    setSeverity(incident.severity);
  }

  const apply = (patch: IncidentPatch, message: string) => async (e?: SyntheticEvent) => {
    e?.preventDefault();
    try {
      await updateIncident(incident.id, patch, by);
      showToast({ tone: 'success', message });
    } catch (error) {
      reportError(error);
    }
  };
  const severityLabel = (s: Severity) => severityShort(t, s);
  const applySeverity = apply(
    { severity },
    t('incidents.quick.severityChanged', { severity: severityLabel(severity) }),
  );

  return (
    <section className="card" aria-labelledby="incident-quick">
      <h2 id="incident-quick">{t('incidents.quick.title')}</h2>
      <div className="inc-quick">
        <form
          onSubmit={(e) =>
            void apply(
              { status },
              t('incidents.quick.statusChanged', { status: statusLabel(t, status) }),
            )(e)
          }
        >
          <SelectField
            label={t('incidents.quick.status')}
            value={status}
            onChange={(e) => setStatus(e.target.value as IncidentStatus)}
            options={INCIDENT_STATUSES.map((s) => ({
              value: s,
              label: statusLabel(t, s),
            }))}
          />
          <button type="submit" disabled={status === incident.status}>
            {t('incidents.quick.setStatus')}
          </button>
        </form>
        <form
          onSubmit={(e) => {
            if (account === null) void applySeverity(e);
            else {
              e.preventDefault();
              setAsking(true);
            }
          }}
        >
          <SelectField
            label={t('incidents.quick.severity')}
            value={String(severity)}
            onChange={(e) => setSeverity(Number(e.target.value) as Severity)}
            options={SEVERITIES.map((s) => ({ value: String(s), label: severityLabel(s) }))}
          />
          <button type="submit" disabled={severity === incident.severity}>
            {t('incidents.quick.setSeverity')}
          </button>
        </form>
      </div>
      {account !== null ? (
        <SeverityChangeDialog
          incident={incident}
          account={account}
          to={asking && severity !== incident.severity ? severity : null}
          onConfirm={() => {
            setAsking(false);
            void applySeverity();
          }}
          onCancel={() => {
            setAsking(false);
            setSeverity(incident.severity);
          }}
        />
      ) : null}
    </section>
  );
}
