import type { Pause } from '../calendar/types';
import type { IncidentStatus } from '../domain/types';

interface StatusEntry {
  at: string;
  to: IncidentStatus;
}

/**
 * Waiting-on-client spans from a status history: each starts when the status
 * becomes 'waiting-on-client' and ends at the next change (or `now` if still
 * waiting). Entries after `now` are ignored.
 */
export function waitingOnClientPauses(history: readonly StatusEntry[], now: Date): Pause[] {
  const nowMs = now.getTime();
  const sorted = history
    .map((h) => ({ at: Date.parse(h.at), to: h.to }))
    .filter((h) => !Number.isNaN(h.at) && h.at <= nowMs)
    .sort((a, b) => a.at - b.at);
  const out: Pause[] = [];
  let open: number | null = null;
  for (const h of sorted) {
    if (h.to === 'waiting-on-client') {
      open ??= h.at;
    } else if (open !== null) {
      if (h.at > open) out.push({ from: new Date(open), to: new Date(h.at) });
      open = null;
    }
  }
  if (open !== null && nowMs > open) out.push({ from: new Date(open), to: new Date(nowMs) });
  return out;
}
