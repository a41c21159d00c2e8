import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { useWorkspaceSettings } from '../db/workspace';
import { showToast } from '../ui/toast-store';

interface Props {
  /** The print route, '#/print/…'. */
  route: string;
  suggestedName: string;
}

/** Exports a report through the bridge; a progress indicator shows while the PDF is made. */
export function ExportPdfButton({ route, suggestedName }: Props) {
  const { t } = useTranslation();
  const settings = useWorkspaceSettings();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const result = await bridge().exportPdf({
        route,
        suggestedName,
        paperSize: settings?.paperSize ?? 'a4',
      });
      if ('printed' in result) showToast({ message: t('reports.export.printed'), tone: 'info' });
      else if (result.saved)
        showToast({ message: t('reports.export.saved', { path: result.path }), tone: 'success' });
      else showToast({ message: t('reports.export.cancelled'), tone: 'info' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      showToast({ message: t('reports.export.failed', { message }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-pdf">
      <button
        type="button"
        className="primary"
        onClick={() => void run()}
        disabled={busy}
        aria-busy={busy}
      >
        <FileDown aria-hidden="true" size={16} /> {t('reports.export.pdf')}
      </button>
      <span role="status" className="export-pdf__status">
        {busy ? (
          <>
            <progress aria-label={t('reports.export.working')} />
            {t('reports.export.working')}
          </>
        ) : null}
      </span>
    </span>
  );
}

/** A file name without characters file systems refuse. */
export function pdfFileName(...parts: string[]): string {
  return `${parts
    .join(' - ')
    .replace(/[/\\:*?"<>|\0]/g, '-')
    .slice(0, 190)}.pdf`;
}
