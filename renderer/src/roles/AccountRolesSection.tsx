import type { Account } from '@shared/schemas/index';
import { Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../meetings/meetings.css';
import { RolesMatrix } from './RolesMatrix';

/** For the account page: who does what for this client, managed-services options editable. */
export function AccountRolesSection({ account }: { account: Account }) {
  const { t } = useTranslation();
  const headingId = `roles-${account.id}`;
  return (
    <section className="card meeting-section" aria-labelledby={headingId}>
      <div className="meeting-section__header">
        <h2 id={headingId}>{t('meetings.roles.title')}</h2>
        <Link className="button" to={`/accounts/${account.id}/roles`}>
          <Printer size={16} aria-hidden="true" /> {t('meetings.roles.openPrintable')}
        </Link>
      </div>
      <p>{t('meetings.roles.intro')}</p>
      <RolesMatrix account={account} />
    </section>
  );
}
