import { useTranslation } from 'react-i18next';
import { KeyRound } from 'lucide-react';
import type { Account } from '@shared/schemas/index';
import { MANAGED_SERVICE_OPTIONS } from '@shared/roles/index';
import { InterfaceUsageNote } from '../InterfaceUsageNote';
import { uiLang } from '../labels';
import { describeWeek } from './hours';

/** Business hours, contacts, interfaces, extensions and managed services of one account. */
export function ProfileCards({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const lang = uiLang(i18n.language);
  const week = describeWeek(account.businessCalendar.hours, i18n.language);
  const holidays = account.businessCalendar.holidays?.length ?? 0;
  const none = <p className="hint">{t('accounts.detail.none')}</p>;
  const services = MANAGED_SERVICE_OPTIONS.filter((o) => account.managedServices.includes(o.id));
  return (
    <div className="detail-grid">
      <section className="card" aria-labelledby="hours-heading">
        <h2 id="hours-heading">{t('accounts.detail.hours')}</h2>
        <p data-testid="hours-summary">
          {week || t('accounts.detail.noHours')}, {account.businessCalendar.timeZone};{' '}
          {t('accounts.detail.holidays', { count: holidays })}
        </p>
      </section>
      <section className="card" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t('accounts.detail.contacts')}</h2>
        {account.contacts.length === 0 ? (
          none
        ) : (
          <ul className="plain-list">
            {account.contacts.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong>
                {c.role ? <span>· {c.role}</span> : null}
                {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                {c.keyUser ? (
                  <span className="badge badge--success">
                    <KeyRound size={12} aria-hidden="true" />
                    {t('accounts.detail.keyUser')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="interfaces-heading">
        <h2 id="interfaces-heading">{t('accounts.detail.interfaces')}</h2>
        <InterfaceUsageNote
          plan={account.plan}
          count={account.monitoredInterfaces.length}
          account={account}
        />
        {account.monitoredInterfaces.length === 0 ? null : (
          <ul className="plain-list">
            {account.monitoredInterfaces.map((i) => (
              <li key={i.id}>
                {i.name}
                {i.critical ? (
                  <span className="badge badge--warning">
                    {t('accounts.detail.criticalInterface')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="extensions-heading">
        <h2 id="extensions-heading">{t('accounts.detail.extensions')}</h2>
        {account.extensions.length === 0 ? (
          none
        ) : (
          <ul className="plain-list">
            {account.extensions.map((e) => (
              <li key={e.id}>{e.name}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="managed-heading">
        <h2 id="managed-heading">{t('accounts.detail.managedServices')}</h2>
        {services.length === 0 ? (
          none
        ) : (
          <ul className="plain-list">
            {services.map((s) => (
              <li key={s.id}>{s.text[lang]}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
