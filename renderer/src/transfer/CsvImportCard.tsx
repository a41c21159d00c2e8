import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../ui/toast-store';
import { IMPORT_FIELDS, type ImportTarget } from './csv-import';
import type { Refusal } from './import-core';
import type { CsvEncoding } from './csv-decode';
import { EncodingChoice } from './EncodingChoice';
import { ImportErrors, ImportPreview } from './ImportPreview';
import { useCsvImport, type CsvImportState } from './useCsvImport';

/**
 * CSV import with a preview: the first rows, the column mapping, every problem by line and
 * column. Reading, checking and writing run with progress and Cancel; all or nothing, unless the
 * user explicitly imports only the valid rows. A file beyond the workspace's limits is refused
 * with its figures before anything is stored.
 */
export function CsvImportCard() {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ImportTarget>('incidents');
  const [file, setFile] = useState<File | undefined>(undefined);
  const { state, pick, remap, run, cancel } = useCsvImport(target);
  const { parsed, summary, mapping, notice } = state;

  useEffect(() => {
    if (notice?.kind === 'imported')
      showToast({
        message: t('transfer.csvImport.imported', { count: notice.count }),
        tone: 'success',
      });
  }, [notice, t]);

  // The encoding the user chose for this file (EncodingChoice), kept when the target changes.
  const [encoding, setEncoding] = useState<CsvEncoding>('utf-8');
  const changeTarget = (next: ImportTarget) => {
    setTarget(next);
    if (file) void pick(file, next, encoding);
  };
  const choose = (next: File | undefined) => {
    setFile(next);
    setEncoding('utf-8');
    void pick(next);
  };
  const readAs = (next: CsvEncoding) => {
    if (!file) return;
    setEncoding(next);
    void pick(file, target, next);
  };

  const missing = IMPORT_FIELDS[target].filter((f) => f.required && (mapping[f.key] ?? -1) < 0);
  const busy = state.step !== 'idle' && state.step !== 'ready';
  const errorCount = summary?.errorCount ?? 0;
  const valid = summary?.valid ?? 0;
  return (
    <section className="card" aria-labelledby="csv-import-title">
      <h2 id="csv-import-title">{t('transfer.csvImport.title')}</h2>
      <p className="hint">{t('transfer.csvImport.body')}</p>
      <fieldset className="transfer-choice" disabled={state.step === 'write'}>
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
          disabled={state.step === 'write' || state.step === 'commit'}
          onChange={(e) => choose(e.target.files?.[0])}
        />
      </div>
      {busy ? <ImportProgress state={state} total={valid} onCancel={cancel} /> : null}
      <ImportNoticeView state={state} target={target} />
      {notice?.kind === 'decode' && notice.error === 'encoding' && file ? (
        <EncodingChoice file={file} onChoose={readAs} />
      ) : null}
      {parsed && summary && state.step === 'ready' ? (
        <>
          <ImportPreview
            target={target}
            parsed={parsed}
            mapping={mapping}
            onMapping={(m) => void remap(m)}
          />
          {missing.length > 0 ? (
            <p role="alert" className="transfer-error">
              {t('transfer.csvImport.requiredMissing')}
            </p>
          ) : parsed.total === 0 ? (
            <p role="alert">{t('transfer.csvImport.noRows')}</p>
          ) : (
            <>
              <ImportErrors result={summary} parsed={parsed} />
              <div className="transfer-actions">
                <button
                  type="button"
                  className="primary"
                  disabled={errorCount > 0 || valid === 0}
                  onClick={() => void run()}
                >
                  {t('transfer.csvImport.import', { count: valid })}
                </button>
                {errorCount > 0 && valid > 0 ? (
                  <button type="button" onClick={() => void run()}>
                    {t('transfer.csvImport.importValid', { count: valid })}
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

function ImportProgress(props: { state: CsvImportState; total: number; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const { step, progress } = props.state;
  const percent = Math.round(progress * 100);
  const n = (x: number) => x.toLocaleString(i18n.language);
  const label =
    step === 'read'
      ? t('transfer.csvImport.reading', { percent })
      : step === 'validate'
        ? t('transfer.csvImport.validating', { percent })
        : step === 'write'
          ? t('transfer.csvImport.writing', {
              done: n(Math.round(progress * props.total)),
              total: n(props.total),
            })
          : t('transfer.csvImport.committing');
  return (
    // The button on its own line, so the changing figures never move it.
    <div data-testid="import-progress">
      <p role="status">
        <progress max={1} value={progress} aria-label={label} /> {label}
      </p>
      <p>
        <button type="button" onClick={props.onCancel} disabled={step === 'commit'}>
          {t('transfer.csvImport.cancel')}
        </button>
      </p>
    </div>
  );
}

function ImportNoticeView({ state, target }: { state: CsvImportState; target: ImportTarget }) {
  const { t, i18n } = useTranslation();
  const notice = state.notice;
  if (notice === null || notice.kind === 'imported') return null;
  let text: string;
  if (notice.kind === 'decode') text = t(`transfer.backup.errors.${notice.error}`);
  else if (notice.kind === 'cancelled') text = t('transfer.csvImport.cancelled');
  else if (notice.kind === 'failed')
    text = t('transfer.csvImport.failed', { message: notice.message });
  else {
    const values = refusalText(notice.refusal, i18n.language);
    text =
      target === 'accounts'
        ? t('transfer.csvImport.refused.accounts', values)
        : t('transfer.csvImport.refused.incidents', values);
  }
  return (
    <p role={notice.kind === 'cancelled' ? 'status' : 'alert'} className="transfer-error">
      {text}
    </p>
  );
}

function refusalText(r: Refusal, lang: string) {
  const n = (x: number) => x.toLocaleString(lang);
  return {
    rows: n(r.rows),
    size: (r.bytes / 1_000_000).toLocaleString(lang, { maximumFractionDigits: 1 }),
    perImport: n(r.perImport),
    perTable: n(r.perTable),
    existing: n(r.existing),
    allowed: n(r.allowed),
  };
}
