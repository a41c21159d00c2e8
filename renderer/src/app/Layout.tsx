import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useSlaWatcher } from '../notifications/useSlaWatcher';
import { CommandCenter } from '../palette/CommandCenter';
import { SyncStatus } from '../sync/SyncStatus';
import { useSyncLoop } from '../sync/useSyncLoop';
import { Toasts } from '../ui/Toasts';
import { NAV_ITEMS, TRASH_ITEM } from './nav';

export function Layout() {
  const { t } = useTranslation();
  useSlaWatcher();
  useSyncLoop();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('app.mainNav')}>
        <div className="sidebar__brand">
          <img src="./icon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </div>
        <ul className="sidebar__list">
          {NAV_ITEMS.map(({ path, key, icon: Icon }) => (
            <li key={path}>
              <NavLink to={path} className="sidebar__link">
                <Icon aria-hidden="true" size={18} />
                <span>{t(`nav.${key}`)}</span>
              </NavLink>
            </li>
          ))}
        </ul>
        <NavLink to={TRASH_ITEM.path} className="sidebar__link sidebar__link--bottom">
          <TRASH_ITEM.icon aria-hidden="true" size={18} />
          <span>{t(`nav.${TRASH_ITEM.key}`)}</span>
        </NavLink>
        <SyncStatus />
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <Toasts />
      <CommandCenter />
    </div>
  );
}
