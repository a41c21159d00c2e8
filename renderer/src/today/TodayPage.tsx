import { useTranslation } from 'react-i18next';

export function TodayPage() {
  const { t } = useTranslation();
  return <h1>{t('today.title')}</h1>;
}
