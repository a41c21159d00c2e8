import type { Account, Incident } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInZone } from '@shared/calendar/zoned-time';
import { Truncate } from '../ui/Truncate';
import { severityName, statusLabel } from '../ui/labels';

interface Props {
  incident: Incident;
  account: Account | null;
}

export function IncidentFacts({ incident, account }: Props) {
  const { t, i18n } = useTranslation();
  const zone = account?.timeZone ?? 'UTC';
  // Names, never ids: a removed interface or extension says so.
  const itemName = (items: Array<{ id: string; name: string }> | undefined, id: string | null) =>
    id === null
      ? null
      : (items?.find((i) => i.id === id)?.name ?? t('incidents.detail.removedItem'));
  const interfaceName = itemName(account?.monitoredInterfaces, incident.interfaceId);
  const extensionName = itemName(account?.extensions, incident.extensionId);
  return (
    <section className="card" aria-labelledby="incident-facts">
      <h2 id="incident-facts">{t('incidents.detail.facts')}</h2>
      <dl className="inc-facts">
        <dt>{t('incidents.detail.account')}</dt>
        <dd>
          {account ? (
            <Truncate text={account.name}>
              <Link to={`/accounts/${account.id}`}>{account.name}</Link>
            </Truncate>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('incidents.field.severity')}</dt>
        <dd>
          <span className={`badge badge--${incident.severity <= 2 ? 'danger' : 'muted'}`}>
            {t('incidents.severityShort', {
              severity: incident.severity,
              name: severityName(t, incident.severity),
            })}
          </span>{' '}
          {t(`incidents.severityMeaning.${incident.severity}`)}
        </dd>
        <dt>{t('incidents.field.status')}</dt>
        <dd>{statusLabel(t, incident.status)}</dd>
        <dt>{t('incidents.field.category')}</dt>
        <dd>{t(`incidents.category.${incident.category}`)}</dd>
        {interfaceName !== null ? (
          <>
            <dt>{t('incidents.field.interface')}</dt>
            <dd>{interfaceName}</dd>
          </>
        ) : null}
        {extensionName !== null ? (
          <>
            <dt>{t('incidents.field.extension')}</dt>
            <dd>{extensionName}</dd>
          </>
        ) : null}
        <dt>{t('incidents.detail.reported')}</dt>
        <dd>
          {formatInZone(incident.reportedAt, zone, i18n.language)} ({zone})
        </dd>
        <dt>{t('incidents.detail.owner')}</dt>
        <dd>{incident.owner ?? t('incidents.detail.unowned')}</dd>
      </dl>
      <h3>{t('incidents.detail.description')}</h3>
      <p className="inc-description">
        {incident.description || t('incidents.detail.noDescription')}
      </p>
    </section>
  );
}
