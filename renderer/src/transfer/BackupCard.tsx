import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { readAllTables, restoreWorkspace, type RestoreMode } from '../db/transfer';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';
import {
  BackupError,
  createBackup,
  parseBackup,
  type Backup,
  type BackupErrorCode,
} from '@shared/transfer/backup';
import { decodeCsvBytes } from './csv-format';

type ProblemCode = BackupErrorCode | 'encoding' | 'too-large' | 'binary' | 'empty';
interface Problem {
  code: ProblemCode;
  details: string[];
}

/** JSON backup and restore; a bad file is explained and changes nothing. */
export function BackupCard() {
  const { t } = useTranslation();
  const [backup, setBackup] = useState<Backup | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [busy, setBusy] = useState(false);

  const exportBackup = async () => {
    try {
      const now = new Date();
      const text = JSON.stringify(createBackup(await readAllTables(), now), null, 1);
      const result = await bridge().saveFile({
        suggestedName: `steward-backup-${now.toISOString().slice(0, 10)}.json`,
        mimeType: 'application/json',
        data: text,
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (result.saved)
        showToast({
          message: t('transfer.backup.exported', { path: result.path }),
          tone: 'success',
        });
    } catch (error) {
      reportError(error);
    }
  };

  const pick = async (file: File | undefined) => {
    setBackup(null);
    setProblem(null);
    if (!file) return;
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    if ('error' in decoded) {
      setProblem({ code: decoded.error, details: [] });
      return;
    }
    try {
      setBackup(parseBackup(decoded.text));
    } catch (error) {
      if (error instanceof BackupError) setProblem({ code: error.code, details: error.details });
      else reportError(error);
    }
  };

  const restore = async () => {
    if (!backup) return;
    setBusy(true);
    try {
      const result = await restoreWorkspace(backup, mode);
      showToast({
        message:
          mode === 'replace'
            ? t('transfer.backup.restored', { written: result.written })
            : t('transfer.backup.restoredMerge', {
                written: result.written,
                kept: result.keptNewer,
              }),
        tone: 'success',
      });
      setBackup(null);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const total = backup ? Object.values(backup.tables).reduce((s, rows) => s + rows.length, 0) : 0;
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('transfer.backup.title')}</h2>
      <p className="hint">{t('transfer.backup.body')}</p>
      <p>
        <button type="button" onClick={() => void exportBackup()}>
          {t('transfer.backup.export')}
        </button>
      </p>
      <div className="field">
        <label className="field__label" htmlFor="backup-file">
          {t('transfer.backup.file')}
        </label>
        <input
          id="backup-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
      </div>
      {problem ? (
        <div role="alert" className="transfer-error">
          <p>{t(`transfer.backup.errors.${problem.code}`)}</p>
          {problem.details.length > 0 ? (
            <ul>
              {problem.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {backup ? (
        <div className="transfer-restore">
          <p role="status">
            {t('transfer.backup.summary', {
              date: backup.exportedAt.slice(0, 10),
              accounts: backup.tables.accounts.length,
              incidents: backup.tables.incidents.length,
              total,
            })}
          </p>
          <fieldset className="transfer-choice">
            <legend>{t('transfer.backup.mode')}</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="restore-mode"
                  value={m}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />{' '}
                {t(`transfer.backup.${m}`)}
              </label>
            ))}
          </fieldset>
          <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
            {t('transfer.backup.confirm')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
