import { incidentSla } from '@shared/sla/index';
import i18next from 'i18next';
import { bridge } from '../bridge';
import { claimNotifiedKeys, loadNotifiedKeys, loadSlaWatchData } from '../db/incidents';
import { formatInZone } from '../incidents/zoned-time';
import { showToast } from '../ui/toast-store';
import {
  decideSlaAlerts,
  MAX_SEPARATE_ALERTS,
  type SlaAlert,
  type WatchedIncident,
} from './decide';

interface Message {
  title: string;
  body: string;
  incidentId: string | null;
}

function messagesFor(alerts: SlaAlert[], zones: Map<string, string>): Message[] {
  const t = i18next.t.bind(i18next);
  if (alerts.length > MAX_SEPARATE_ALERTS) {
    return [
      {
        title: t('incidents.notify.summary', { count: alerts.length }),
        body: t('incidents.notify.summaryBody'),
        incidentId: null,
      },
    ];
  }
  return alerts.map((a) => {
    const zone = zones.get(a.incidentId) ?? 'UTC';
    return {
      title: t(a.state === 'breached' ? 'incidents.notify.breached' : 'incidents.notify.atRisk', {
        title: a.title,
      }).slice(0, 120),
      body: t('incidents.notify.body', {
        account: a.accountName,
        clock: t(`incidents.sla.${a.clock}`),
        time: `${formatInZone(a.dueAt, zone, i18next.language)} (${zone})`,
      }).slice(0, 500),
      incidentId: a.incidentId,
    };
  });
}

/**
 * One check: which open incidents just became at risk or breached, alert their owner once.
 * Desktop notification through the bridge; when it cannot show one, an in-app toast.
 * Returns the alerts sent (for tests).
 */
export async function checkSlaOnce(now: Date = new Date()): Promise<SlaAlert[]> {
  const data = await loadSlaWatchData();
  const zones = new Map<string, string>();
  const watched: WatchedIncident[] = [];
  for (const incident of data.incidents) {
    const account = data.accounts.get(incident.accountId);
    if (account === undefined) continue;
    zones.set(incident.id, account.timeZone);
    watched.push({
      id: incident.id,
      title: incident.title,
      owner: incident.owner,
      accountName: account.name,
      sla: incidentSla(incident, account, data.settings, data.specialEvents, now),
    });
  }
  const decision = decideSlaAlerts(watched, await loadNotifiedKeys(), data.userName);
  const claimed = new Set(await claimNotifiedKeys(decision.markKeys, now));
  // Another window may have claimed some first: it sends those.
  const alerts = decision.alerts.filter((a) => claimed.has(`notified:${a.incidentId}:${a.state}`));
  for (const message of messagesFor(alerts, zones)) {
    const { shown } = await bridge()
      .notify({ title: message.title, body: message.body })
      .catch(() => ({ shown: false }));
    if (!shown) {
      const target = message.incidentId === null ? '#/queue' : `#/incidents/${message.incidentId}`;
      showToast({
        tone: 'info',
        message: `${message.title}. ${message.body}`,
        action: {
          label: i18next.t('incidents.notify.open'),
          run: () => {
            window.location.hash = target;
          },
        },
      });
    }
  }
  return alerts;
}
