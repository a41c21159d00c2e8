/**
 * The labels a CSV cell may hold for plans, severities, statuses and categories, both ways: the
 * readable export writes the label the app shows in the user's language, and the import accepts
 * the id or the English or French label, ignoring case, accents and punctuation. One vocabulary
 * each, built from the same sources the screens use (PLAN_NAMES, the incidents and queue
 * messages), so a label renamed there is renamed here.
 */
import {
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  PLAN_IDS,
  PLAN_NAMES,
  SEVERITIES,
  type IncidentCategory,
  type IncidentStatus,
  type PlanId,
  type Severity,
} from '@shared/domain/types';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import type { QuotaMetric } from '@shared/reports/index';
import type { SlaState } from '@shared/sla/index';
import type { CsvLang } from './csv-format';

export interface CsvVocabularies {
  plan: PlanId;
  severity: Severity;
  status: IncidentStatus;
  category: IncidentCategory;
}
export type CsvVocabulary = keyof CsvVocabularies;

const MESSAGES = {
  en: { incidents: en.incidents, queue: en.queue, quotas: en.quotas },
  fr: { incidents: fr.incidents, queue: fr.queue, quotas: fr.quotas },
} as const;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** Case, accents and punctuation ignored: "Gravité 1", "gravite-1" and "GRAVITE 1" are one. */
export function normalizeLabel(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The label the app shows for `id`, in `lang`. */
export function csvLabel<K extends CsvVocabulary>(
  kind: K,
  id: CsvVocabularies[K],
  lang: CsvLang,
): string {
  const { incidents } = MESSAGES[lang];
  if (kind === 'plan') return PLAN_NAMES[id as PlanId];
  if (kind === 'status') return incidents.status[id as IncidentStatus];
  if (kind === 'category') return incidents.category[id as IncidentCategory];
  const severity = String(id) as `${Severity}`;
  return fill(incidents.severityShort, { severity, name: incidents.severityName[severity] });
}

/** Every way a cell may name `id`, in both languages (before normalizing). */
function spellings<K extends CsvVocabulary>(kind: K, id: CsvVocabularies[K]): string[] {
  const names = (['en', 'fr'] as const).map((lang) => csvLabel(kind, id, lang));
  if (kind !== 'severity') return [String(id), ...names];
  const severity = String(id) as `${Severity}`;
  return [
    severity,
    ...names,
    ...(['en', 'fr'] as const).flatMap((lang) => {
      const { incidents, queue } = MESSAGES[lang];
      return [
        incidents.severityName[severity],
        fill(queue.sev, { severity }),
        `${incidents.field.severity} ${severity}`,
      ];
    }),
  ];
}

function vocabulary<K extends CsvVocabulary>(
  kind: K,
  ids: ReadonlyArray<CsvVocabularies[K]>,
): Map<string, CsvVocabularies[K]> {
  const map = new Map<string, CsvVocabularies[K]>();
  for (const id of ids)
    for (const spelling of spellings(kind, id)) {
      const key = normalizeLabel(spelling);
      const taken = map.get(key);
      if (taken !== undefined && taken !== id)
        throw new Error(`CSV label "${spelling}" names both ${String(taken)} and ${String(id)}`);
      map.set(key, id);
    }
  return map;
}

const VOCABULARIES: { [K in CsvVocabulary]: Map<string, CsvVocabularies[K]> } = {
  plan: vocabulary('plan', PLAN_IDS),
  severity: vocabulary('severity', SEVERITIES),
  status: vocabulary('status', INCIDENT_STATUSES),
  category: vocabulary('category', INCIDENT_CATEGORIES),
};

/** The id a cell names (an id, or an English or French label), or null when none. */
export function matchLabel<K extends CsvVocabulary>(
  kind: K,
  value: string,
): CsvVocabularies[K] | null {
  return VOCABULARIES[kind].get(normalizeLabel(value)) ?? null;
}

/** Export-only labels (never imported): an SLA clock's state, a quota's name. */
export function slaStateLabel(state: SlaState, lang: CsvLang): string {
  return MESSAGES[lang].incidents.sla.state[state];
}

export function quotaMetricLabel(metric: QuotaMetric, lang: CsvLang): string {
  return MESSAGES[lang].quotas.kind[metric];
}
