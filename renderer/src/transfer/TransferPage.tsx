import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';
import { BackupCard } from './BackupCard';
import { CsvExportCard } from './CsvExportCard';
import { CsvImportCard } from './CsvImportCard';
import './transfer.css';

/** /import-export: JSON backup and restore, CSV import with preview, CSV exports. */
export function TransferPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('transfer.title')}>
      <BackupCard />
      <CsvImportCard />
      <CsvExportCard />
    </Page>
  );
}
