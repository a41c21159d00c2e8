import { useTranslation } from 'react-i18next';
import { dateTimeFormat, numberFormat } from '@shared/intl';
import { formatSpan } from '../ui/duration';

export type ReportLang = 'en' | 'fr';

export interface ReportFormat {
  lang: ReportLang;
  number: (n: number, digits?: number) => string;
  percent: (n: number | null) => string | null;
  /** A local date 'YYYY-MM-DD' in words, e.g. 31 March 2026 / 31 mars 2026. */
  day: (key: string) => string;
  /** An instant as a date in the account's time zone. */
  instant: (iso: string, timeZone: string) => string;
  /** 'YYYY-MM' → 'Mar 2026' / 'mars 2026'. */
  month: (key: string) => string;
  /** Real elapsed time (e.g. a median time to resolve), in days and hours. */
  duration: (ms: number | null) => string | null;
}

export function reportFormat(language: string): ReportFormat {
  const lang: ReportLang = language.startsWith('fr') ? 'fr' : 'en';
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const dayFmt = dateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthFmt = dateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    lang,
    number: (n, digits = 0) => numberFormat(locale, { maximumFractionDigits: digits }).format(n),
    percent: (n) =>
      n === null
        ? null
        : numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n / 100),
    day: (key) => dayFmt.format(new Date(`${key}T00:00:00Z`)),
    instant: (iso, timeZone) =>
      dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso)),
    month: (key) => monthFmt.format(new Date(`${key}-01T00:00:00Z`)),
    duration: (ms) => (ms === null ? null : formatSpan(ms, lang)),
  };
}

export function useReportFormat(): ReportFormat {
  const { i18n } = useTranslation();
  return reportFormat(i18n.language);
}
