import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayName } from '../db/preferences';
import { useOpenIncidents, useRecords } from '../db/queries';
import { newId } from '../db/records';
import { importRecords } from '../db/transfer';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';
import { decodeCsvBytes, MAX_IMPORT_BYTES, parseCsvText, type ParsedCsv } from './csv-format';
import {
  autoMapping,
  buildImport,
  IMPORT_FIELDS,
  type ImportTarget,
  type Mapping,
} from './csv-import';
import { ImportErrors, ImportPreview } from './ImportPreview';

type FileProblem = 'encoding' | 'too-large' | 'binary' | 'empty';

/**
 * CSV import with a preview: the first rows, the column mapping, every problem by line and
 * column. All or nothing, unless the user explicitly imports only the valid rows.
 */
export function CsvImportCard() {
  const { t } = useTranslation();
  const accounts = useRecords('accounts');
  const openIncidents = useOpenIncidents();
  const by = useDisplayName();
  const [target, setTarget] = useState<ImportTarget>('incidents');
  const [parsed, setParsed] = useState<ParsedCsv | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | undefined) => {
    setParsed(null);
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem('too-large');
      return;
    }
    setProgress(0);
    try {
      const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      if ('error' in decoded) {
        setProblem(decoded.error);
        return;
      }
      const result = await parseCsvText(decoded.text, setProgress);
      setParsed(result);
      setMapping(autoMapping(target, result.header));
    } catch (error) {
      reportError(error);
    } finally {
      setProgress(null);
    }
  };

  const changeTarget = (next: ImportTarget) => {
    setTarget(next);
    if (parsed) setMapping(autoMapping(next, parsed.header));
  };

  const result = useMemo(() => {
    if (!parsed || !accounts || !openIncidents) return null;
    return buildImport(target, parsed.header, parsed.rows, mapping, {
      accounts,
      incidents: openIncidents,
      by,
      now: new Date(),
      newId,
    });
  }, [parsed, accounts, openIncidents, by, target, mapping]);

  const missing = IMPORT_FIELDS[target].filter((f) => f.required && (mapping[f.key] ?? -1) < 0);
  const run = async (onlyValid: boolean) => {
    if (!result) return;
    if (result.errors.length > 0 && !onlyValid) return;
    setBusy(true);
    try {
      const count = await importRecords(
        target,
        result.valid.map((v) => v.record),
      );
      showToast({ message: t('transfer.csvImport.imported', { count }), tone: 'success' });
      setParsed(null);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="csv-import-title">
      <h2 id="csv-import-title">{t('transfer.csvImport.title')}</h2>
      <p className="hint">{t('transfer.csvImport.body')}</p>
      <fieldset className="transfer-choice">
        <legend>{t('transfer.csvImport.what')}</legend>
        {(['accounts', 'incidents'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="csv-target"
              value={v}
              checked={target === v}
              onChange={() => changeTarget(v)}
            />{' '}
            {t(`transfer.csvImport.${v}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="csv-file">
          {t('transfer.csvImport.file')}
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
      </div>
      {progress !== null ? (
        <p role="status">
          <progress max={1} value={progress} aria-label={t('transfer.csvImport.file')} />{' '}
          {t('transfer.csvImport.reading', { percent: Math.round(progress * 100) })}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="transfer-error">
          {t(`transfer.backup.errors.${problem}`)}
        </p>
      ) : null}
      {parsed && result ? (
        <>
          <ImportPreview target={target} parsed={parsed} mapping={mapping} onMapping={setMapping} />
          {missing.length > 0 ? (
            <p role="alert" className="transfer-error">
              {t('transfer.csvImport.requiredMissing')}
            </p>
          ) : parsed.rows.length === 0 ? (
            <p role="alert">{t('transfer.csvImport.noRows')}</p>
          ) : (
            <>
              <ImportErrors result={result} parsed={parsed} />
              <div className="transfer-actions">
                <button
                  type="button"
                  className="primary"
                  disabled={busy || result.errors.length > 0 || result.valid.length === 0}
                  onClick={() => void run(false)}
                >
                  {t('transfer.csvImport.import', { count: result.valid.length })}
                </button>
                {result.errors.length > 0 && result.valid.length > 0 ? (
                  <button type="button" disabled={busy} onClick={() => void run(true)}>
                    {t('transfer.csvImport.importValid', { count: result.valid.length })}
                  </button>
                ) : null}
              </div>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
