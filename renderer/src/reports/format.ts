import { useTranslation } from 'react-i18next';
import { dateTimeFormat, numberFormat } from '@shared/intl';
import { formatSpan } from '../ui/duration';

export type ReportLang = 'en' | 'fr';

/**
 * One format per language for every figure of a report, on screen, in charts and on paper:
 * dates always spelled out ("7 December 2026" / "7 décembre 2026"), never ISO; percentages
 * with the language's separators ("84.2%" / "84,2 %"); hours with their unit ("11.75 h").
 */
export interface ReportFormat {
  lang: ReportLang;
  number: (n: number, digits?: number) => string;
  percent: (n: number | null) => string | null;
  /** A local date 'YYYY-MM-DD' in words, e.g. 31 March 2026 / 31 mars 2026. */
  day: (key: string) => string;
  /** An instant as a date in words, in the account's time zone (same format as `day`). */
  instant: (iso: string, timeZone: string) => string;
  /** 'YYYY-MM' → 'Mar 2026' / 'mars 2026'. */
  month: (key: string) => string;
  /** Real elapsed time (e.g. a median time to resolve), in days and hours. */
  duration: (ms: number | null) => string | null;
  /** Hours to the hundredth with their unit: '11.75 h' / '11,75 h'. */
  hours: (n: number) => string;
}

const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;

export function reportFormat(language: string): ReportFormat {
  const lang: ReportLang = language.startsWith('fr') ? 'fr' : 'en';
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const dayFmt = dateTimeFormat(locale, { ...DAY, timeZone: 'UTC' });
  const monthFmt = dateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = (n: number, digits = 0) =>
    numberFormat(locale, { maximumFractionDigits: digits }).format(n);
  return {
    lang,
    number,
    percent: (n) =>
      n === null
        ? null
        : numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n / 100),
    day: (key) => dayFmt.format(new Date(`${key}T00:00:00Z`)),
    instant: (iso, timeZone) => dateTimeFormat(locale, { ...DAY, timeZone }).format(new Date(iso)),
    month: (key) => monthFmt.format(new Date(`${key}-01T00:00:00Z`)),
    duration: (ms) => (ms === null ? null : formatSpan(ms, lang)),
    // A no-break space keeps the unit with its figure.
    hours: (n) => `${number(n, 2)}\u00a0h`,
  };
}

export function useReportFormat(): ReportFormat {
  const { i18n } = useTranslation();
  return reportFormat(i18n.language);
}
