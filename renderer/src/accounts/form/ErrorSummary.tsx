import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../ui/account-fields';
import { fieldId, translateMessage } from './errors';

interface Props {
  /** Messages keyed by error target, in form order. */
  errors: Record<string, string>;
  ref?: Ref<HTMLDivElement>;
}

/** Lists what stopped the save, each linked to its field; takes focus after a failed submit. */
export function ErrorSummary({ errors, ref }: Props) {
  const { t, i18n } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t('accounts.form.errorSummary', { count: entries.length })}</h2>
      <ul>
        {entries.map(([target, message]) => (
          <li key={target}>
            <a
              href={`#${fieldId(target)}`}
              onClick={(e) => {
                // Hash routing owns the URL fragment: move focus instead of navigating.
                e.preventDefault();
                const field = document.getElementById(fieldId(target));
                field?.scrollIntoView({ block: 'center' });
                field?.focus();
              }}
            >
              {t('accounts.form.summaryItem', {
                field: fieldLabel(target, t, i18n.language),
                message: translateMessage(message, t),
              })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
