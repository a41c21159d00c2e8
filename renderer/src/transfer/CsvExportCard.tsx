import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { loadReportData } from '../db/reports';
import { liveAccounts } from '../db/transfer';
import { loadWorkspaceSettings } from '../db/workspace';
import { useRecords } from '../db/queries';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';
import { toCsv } from './csv-format';
import {
  accountIncidentsCsv,
  accountsCsv,
  queueCsv,
  quotaCsv,
  type CsvOptions,
  type CsvTable,
} from './csv-exports';

/**
 * The CSV exports, in the UI language's spreadsheet conventions: readable by default, or ids and
 * ISO times for re-import.
 */
export function CsvExportCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const accounts = useRecords('accounts');
  const [accountId, setAccountId] = useState('');
  const [reimport, setReimport] = useState(false);
  const options: CsvOptions = { lang, mode: reimport ? 'reimport' : 'readable' };
  const chosen = accountId || accounts?.[0]?.id || '';

  const save = async (name: string, build: () => Promise<CsvTable>) => {
    try {
      const table = await build();
      const result = await bridge().saveFile({
        suggestedName: `${name}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        data: toCsv(table.header, table.rows, lang),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (result.saved)
        showToast({
          message: t('transfer.csvExport.saved', { path: result.path }),
          tone: 'success',
        });
    } catch (error) {
      reportError(error);
    }
  };
  const today = new Date().toISOString().slice(0, 10);
  const account = accounts?.find((a) => a.id === chosen);
  return (
    <section className="card" aria-labelledby="csv-export-title">
      <h2 id="csv-export-title">{t('transfer.csvExport.title')}</h2>
      <p className="hint">{t('transfer.csvExport.body')}</p>
      <label className="transfer-option">
        <input
          type="checkbox"
          checked={reimport}
          onChange={(e) => setReimport(e.target.checked)}
          aria-describedby="csv-export-reimport-hint"
        />{' '}
        {t('transfer.csvExport.reimport')}
      </label>
      <p className="hint" id="csv-export-reimport-hint">
        {t('transfer.csvExport.reimportHint')}
      </p>
      <div className="transfer-actions">
        <button
          type="button"
          onClick={() =>
            void save(`accounts-${today}`, async () => accountsCsv(await liveAccounts(), options))
          }
        >
          {t('transfer.csvExport.accounts')}
        </button>
        <button
          type="button"
          onClick={() =>
            void save(`queue-${today}`, async () => {
              const [all, data, settings] = await Promise.all([
                liveAccounts(),
                loadReportData(),
                loadWorkspaceSettings(),
              ]);
              return queueCsv(all, data.incidents, data, settings, new Date(), options);
            })
          }
        >
          {t('transfer.csvExport.queue')}
        </button>
        <button
          type="button"
          onClick={() =>
            void save(`quota-usage-${today}`, async () => {
              const [all, data] = await Promise.all([liveAccounts(), loadReportData()]);
              return quotaCsv(all, data, new Date(), options);
            })
          }
        >
          {t('transfer.csvExport.quota')}
        </button>
      </div>
      {accounts && accounts.length > 0 ? (
        <div className="transfer-actions">
          <div className="field">
            <label className="field__label" htmlFor="csv-export-account">
              {t('transfer.csvExport.account')}
            </label>
            <select
              id="csv-export-account"
              value={chosen}
              onChange={(e) => setAccountId(e.target.value)}
            >
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={!account}
            onClick={() =>
              account &&
              void save(
                `${account.name}-incidents-${today}`.replace(/[/\\:*?"<>|]/g, '-'),
                async () => {
                  const data = await loadReportData(account.id);
                  return accountIncidentsCsv(account, data.incidents, options);
                },
              )
            }
          >
            {t('transfer.csvExport.incidents')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
