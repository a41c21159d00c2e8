import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { Page } from '../ui/Page';

export function ErrorScreen() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return <ErrorMessage message={notFound ? null : String(error)} />;
}

/** message null means "no such page". */
export function ErrorMessage({ message }: { message: string | null }) {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.title')}>
      <p role="alert">{message ?? t('errors.notFound')}</p>
      <p>
        <Link to="/accounts">{t('errors.backHome')}</Link>
      </p>
    </Page>
  );
}
