import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import {
  browserNotificationPermission,
  requestBrowserNotificationPermission,
  type BrowserNotificationPermission,
} from '../bridge/browser';

/**
 * In the web build, asks for notification permission on a click (never unprompted). The
 * desktop app needs no permission, and a refusal only means alerts stay inside Steward.
 */
export function NotificationPrompt() {
  const { t } = useTranslation();
  const [permission, setPermission] = useState<BrowserNotificationPermission | 'desktop' | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    void bridge()
      .getAppInfo()
      .then((info) => {
        if (live)
          setPermission(info.shell === 'electron' ? 'desktop' : browserNotificationPermission());
      });
    return () => {
      live = false;
    };
  }, []);
  if (permission === null || permission === 'desktop' || permission === 'unsupported') return null;
  return (
    <section className="card inc-notify" aria-labelledby="notify-title">
      <h2 id="notify-title">{t('incidents.notify.title')}</h2>
      <p role="status">
        {permission === 'granted'
          ? t('incidents.notify.enabled')
          : permission === 'denied'
            ? t('incidents.notify.denied')
            : t('incidents.notify.explain')}
      </p>
      {permission === 'default' ? (
        <button
          type="button"
          onClick={() => void requestBrowserNotificationPermission().then(setPermission)}
        >
          {t('incidents.notify.enable')}
        </button>
      ) : null}
    </section>
  );
}
