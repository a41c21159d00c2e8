import i18next from 'i18next';
import { bridge } from '../bridge';
import { formatInZone } from '@shared/calendar/zoned-time';
import { showToast } from '../ui/toast-store';
import { MAX_SEPARATE_ALERTS, type SlaAlert } from './decide';
import type { SlaWatchClient } from './sla-watch-client';

interface Message {
  title: string;
  body: string;
  incidentId: string | null;
}

function messagesFor(alerts: SlaAlert[], count: number, zones: Map<string, string>): Message[] {
  const t = i18next.t.bind(i18next);
  if (count > MAX_SEPARATE_ALERTS) {
    return [
      {
        title: t('incidents.notify.summary', { count }),
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
 * The watcher (a worker) decides and claims them; this shows them: a desktop notification
 * through the bridge, or an in-app toast when it cannot show one. Returns the alerts (for tests;
 * the first MAX_SEPARATE_ALERTS when more became a summary).
 */
export async function checkSlaOnce(
  watcher: Pick<SlaWatchClient, 'check'>,
  now: Date = new Date(),
): Promise<SlaAlert[]> {
  const { alerts, count, zones, problem } = await watcher.check(now);
  for (const message of messagesFor(alerts, count, new Map(zones))) {
    const { shown } = await bridge()
      .notify({ title: message.title, body: message.body })
      .catch(() => ({ shown: false }));
    if (!shown) {
      const target = message.incidentId === null ? '#/queue' : `#/incidents/${message.incidentId}`;
      showToast({
        tone: 'info',
        group: 'sla',
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
  // After the alerts that could be computed: one bad record must not silence the rest.
  if (problem !== null) throw new Error(problem);
  return alerts;
}
