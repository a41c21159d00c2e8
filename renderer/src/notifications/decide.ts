import type { IncidentSla, SlaClock } from '@shared/sla/index';

/** The SLA states worth interrupting someone for. */
export type AlertState = 'at-risk' | 'breached';

export interface WatchedIncident {
  id: string;
  title: string;
  owner: string | null;
  accountName: string;
  sla: Pick<IncidentSla, 'response' | 'resolution'>;
}

export interface SlaAlert {
  incidentId: string;
  title: string;
  accountName: string;
  state: AlertState;
  clock: 'response' | 'resolution';
  dueAt: Date;
}

export interface SlaAlertDecision {
  alerts: SlaAlert[];
  /** Keys to remember as sent (meta table), including states skipped over. */
  markKeys: string[];
}

/** More alerts than this at once (e.g. the first start of the day) become one summary. */
export const MAX_SEPARATE_ALERTS = 3;

export const alertKey = (incidentId: string, state: AlertState): string =>
  `notified:${incidentId}:${state}`;

/** The worse of the two clocks, when it is at risk or breached; breached wins. */
export function alertStateOf(
  sla: WatchedIncident['sla'],
): { state: AlertState; clock: 'response' | 'resolution'; dueAt: Date } | null {
  const clocks: Array<['response' | 'resolution', SlaClock]> = [
    ['response', sla.response],
    ['resolution', sla.resolution],
  ];
  for (const state of ['breached', 'at-risk'] as const) {
    const hit = clocks.find(([, c]) => c.state === state);
    if (hit !== undefined) return { state, clock: hit[0], dueAt: hit[1].dueAt };
  }
  return null;
}

const same = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Which SLA alerts to send now: once per incident per state, only to the incident's owner.
 * With no user name set on this device we cannot tell whose incidents are whose, so the
 * person at this device hears about all of them. Jumping straight to breached also marks
 * at-risk as sent: a later, milder alert would be noise.
 */
export function decideSlaAlerts(
  incidents: readonly WatchedIncident[],
  notified: ReadonlySet<string>,
  userName: string | null,
): SlaAlertDecision {
  const alerts: SlaAlert[] = [];
  const markKeys: string[] = [];
  for (const incident of incidents) {
    if (userName !== null && (incident.owner === null || !same(incident.owner, userName))) continue;
    const hit = alertStateOf(incident.sla);
    if (hit === null) continue;
    const key = alertKey(incident.id, hit.state);
    if (notified.has(key)) continue;
    alerts.push({
      incidentId: incident.id,
      title: incident.title,
      accountName: incident.accountName,
      ...hit,
    });
    markKeys.push(key);
    const skipped = alertKey(incident.id, 'at-risk');
    if (hit.state === 'breached' && !notified.has(skipped)) markKeys.push(skipped);
  }
  // Breaches first, then the nearest due time.
  alerts.sort(
    (a, b) =>
      Number(b.state === 'breached') - Number(a.state === 'breached') || +a.dueAt - +b.dueAt,
  );
  return { alerts, markKeys };
}
