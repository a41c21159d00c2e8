import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/bridge';
import { bridge } from '../bridge';

export function AboutSection() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void bridge()
      .getAppInfo()
      .then((value) => {
        if (live) setInfo(value);
      });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="card" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('settings.about')}</h2>
      <p data-testid="app-version">
        {info
          ? t('settings.version', {
              version: info.version,
              shell:
                info.shell === 'electron'
                  ? t('settings.shellElectron')
                  : t('settings.shellBrowser'),
              platform: info.platform,
            })
          : '…'}
      </p>
    </section>
  );
}
