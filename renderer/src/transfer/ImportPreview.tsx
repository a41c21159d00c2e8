import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportTarget, type Mapping } from './csv-import';
import type { ParseSummary, ValidationSummary } from './import-core';

interface PreviewProps {
  target: ImportTarget;
  parsed: ParseSummary;
  mapping: Mapping;
  onMapping: (m: Mapping) => void;
}

/** The column mapping and the first rows of the file as read. */
export function ImportPreview({ target, parsed, mapping, onMapping }: PreviewProps) {
  const { t } = useTranslation();
  const shown = parsed.preview;
  return (
    <>
      <fieldset className="transfer-mapping">
        <legend>{t('transfer.csvImport.mapping')}</legend>
        {IMPORT_FIELDS[target].map((f) => {
          const id = `map-${f.key}`;
          const label = t(`transfer.csvImport.fields.${f.key as 'name'}`);
          return (
            <div className="field" key={f.key}>
              <label className="field__label" htmlFor={id}>
                {t('transfer.csvImport.column', { field: label })}
                {f.required ? <span aria-hidden="true"> *</span> : null}
              </label>
              <select
                id={id}
                required={f.required}
                value={mapping[f.key] ?? -1}
                onChange={(e) => onMapping({ ...mapping, [f.key]: Number(e.target.value) })}
              >
                <option value={-1}>{t('transfer.csvImport.notMapped')}</option>
                {parsed.header.map((h, i) => (
                  <option key={`${h}-${String(i)}`} value={i}>
                    {h || `#${String(i + 1)}`}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      <div className="transfer-preview">
        <table className="table">
          <caption>
            {t('transfer.csvImport.preview', { count: shown.length, total: parsed.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {parsed.header.map((h, i) => (
                <th scope="col" key={`${h}-${String(i)}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                <td>{r + 2}</td>
                {parsed.header.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Every problem, by line and column, or a line saying all rows are valid. */
export function ImportErrors({
  result,
  parsed,
}: {
  result: ValidationSummary;
  parsed: ParseSummary;
}) {
  const { t } = useTranslation();
  if (result.errorCount === 0 && parsed.problems.length === 0) {
    return <p role="status">{t('transfer.csvImport.allValid', { count: result.valid })}</p>;
  }
  const listed = result.errors;
  return (
    <div role="alert" className="transfer-error" data-testid="import-errors">
      <p>
        {t('transfer.csvImport.errorsTitle', {
          count: result.errorCount,
          lines: result.invalidLines,
        })}
      </p>
      <ul>
        {parsed.problems.slice(0, 10).map((p) => (
          <li key={`p-${String(p.line)}-${p.message}`}>
            {t('transfer.csvImport.structural', { line: p.line, message: p.message })}
          </li>
        ))}
        {listed.map((e) => (
          <li key={`${String(e.line)}-${e.column}-${e.code}`}>
            {t('transfer.csvImport.errorLine', {
              line: e.line,
              column: e.column,
              message: t(`transfer.csvImport.codes.${e.code}`, { value: e.detail }),
            })}
          </li>
        ))}
      </ul>
      {result.errorCount > listed.length ? (
        <p>{t('transfer.csvImport.moreErrors', { count: result.errorCount - listed.length })}</p>
      ) : null}
    </div>
  );
}
