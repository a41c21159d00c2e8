import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { Page } from './Page';

export type Feature = 'accounts' | 'queue' | 'meetings' | 'releases' | 'quotas' | 'reports';

/** A feature's screen before it has any data: its title and an empty state that says what comes. */
export function FeatureEmptyPage({ feature, icon }: { feature: Feature; icon: LucideIcon }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`nav.${feature}`)}>
      <EmptyState
        icon={icon}
        title={t(`empty.${feature}.title`)}
        body={t(`empty.${feature}.body`)}
      />
    </Page>
  );
}
