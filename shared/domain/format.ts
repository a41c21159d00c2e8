import type { Lang } from './types';

/** Compact duration for explanations: '45 min', '2 h 05 min', '3 d 4 h' ('j' in French). */
export function formatDuration(ms: number, lang: Lang): string {
  const totalMin = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const m = totalMin % 60;
  const dayUnit = lang === 'fr' ? 'j' : 'd';
  if (d > 0) return h > 0 ? `${d} ${dayUnit} ${h} h` : `${d} ${dayUnit}`;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  return `${m} min`;
}
