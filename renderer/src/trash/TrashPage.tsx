import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';
import { EmptyState } from '../ui/EmptyState';

/** Placeholder until the feature lands. */
export function TrashPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('trash.title')}>
      <EmptyState icon={Trash2} title={t('trash.title')} body="" />
    </Page>
  );
}
