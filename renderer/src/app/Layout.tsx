import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useSlaWatcher } from '../notifications';
import { CommandCenter } from '../palette';
import { SyncStatus, useSyncLoop } from '../sync';
import { Toasts } from '../ui/Toasts';
import { NAV_ITEMS, TRASH_ITEM } from './nav';

/** How long after start-up the SLA watcher waits before its first check (see SlaWatcher). */
export const SLA_WATCH_START_DELAY_MS = 2_000;

/**
 * The SLA watcher, started a moment after the shell: its first check reads and computes every
 * open incident, and on a large book, started at once, it took the CPU the opening screen needs
 * (profiled: a second core busy for the whole queue cold open). It checks as soon as the page
 * is idle after the delay, and never later than 2 s after that.
 */
function SlaWatcher() {
  useSlaWatcher();
  return null;
}

function useStartedAfter(delayMs: number): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let idle = 0;
    const timer = window.setTimeout(() => {
      if (typeof requestIdleCallback !== 'function') setStarted(true);
      else idle = requestIdleCallback(() => setStarted(true), { timeout: 2_000 });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      if (idle !== 0) cancelIdleCallback(idle);
    };
  }, [delayMs]);
  return started;
}

export function Layout() {
  const { t } = useTranslation();
  const watching = useStartedAfter(SLA_WATCH_START_DELAY_MS);
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
      {watching ? <SlaWatcher /> : null}
    </div>
  );
}
