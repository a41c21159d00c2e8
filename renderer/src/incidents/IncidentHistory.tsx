import type { Severity } from '@shared/domain/types';
import type { Incident } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { formatInZone } from '@shared/calendar/zoned-time';
import { severityShort, statusLabel } from '../ui/labels';

interface Props {
  incident: Incident;
  timeZone: string;
}

interface Row {
  key: string;
  at: string;
  by: string;
  text: string;
}

/** Severity and status changes, newest first, times in the account's zone. */
export function IncidentHistory({ incident, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const sev = (s: Severity) => severityShort(t, s);
  const rows: Row[] = [
    ...incident.statusHistory.map((h, i) => ({
      key: `status-${i}`,
      at: h.at,
      by: h.by,
      text:
        h.from === null
          ? t('incidents.history.created', { to: statusLabel(t, h.to) })
          : t('incidents.history.status', {
              from: statusLabel(t, h.from),
              to: statusLabel(t, h.to),
            }),
    })),
    ...incident.severityHistory.map((h, i) => ({
      key: `severity-${i}`,
      at: h.at,
      by: h.by,
      text: t('incidents.history.severity', { from: sev(h.from), to: sev(h.to) }),
    })),
  ].sort((a, b) => b.at.localeCompare(a.at) || b.key.localeCompare(a.key));

  return (
    <section className="card" aria-labelledby="incident-history">
      <h2 id="incident-history">{t('incidents.history.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('incidents.history.empty')}</p>
      ) : (
        <table className="table inc-history">
          <thead>
            <tr>
              <th scope="col">
                {t('incidents.history.when')} ({timeZone})
              </th>
              <th scope="col">{t('incidents.history.who')}</th>
              <th scope="col">{t('incidents.history.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>
                  <time dateTime={row.at}>{formatInZone(row.at, timeZone, i18n.language)}</time>
                </td>
                <td>{row.by}</td>
                <td>{row.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
