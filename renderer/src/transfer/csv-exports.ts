/** The CSV exports: queue, an account's incidents, quota usage. Pure: data in, cells out. */
import { isOpenStatus, resolvedAtOf } from '@shared/incidents/index';
import { prioritizeIncidents } from '@shared/queue/index';
import { quotaConsumption, type AccountData } from '@shared/reports/index';
import { incidentSla, slaAccountOf } from '@shared/sla/index';
import type { Account, Incident, WorkspaceSettings } from '@shared/schemas/index';
import { csvNumber, type CsvLang } from './csv-format';

export interface CsvTable {
  header: string[];
  rows: string[][];
}

const iso = (v: string | null) => v ?? '';

export const HEADERS = {
  en: {
    queue: [
      'Position',
      'Account',
      'Plan',
      'Title',
      'Severity',
      'Status',
      'Reported at',
      'Response due',
      'Resolution due',
      'SLA state',
    ],
    incidents: [
      'Title',
      'Severity',
      'Status',
      'Category',
      'Reported at',
      'Responded at',
      'Resolved at',
      'Description',
    ],
    quota: ['Account', 'Quota', 'Period', 'Used', 'Included', 'Overage'],
  },
  fr: {
    queue: [
      'Position',
      'Compte',
      'Offre',
      'Titre',
      'Sévérité',
      'Statut',
      'Signalé le',
      'Réponse due',
      'Résolution due',
      'État SLA',
    ],
    incidents: [
      'Titre',
      'Sévérité',
      'Statut',
      'Catégorie',
      'Signalé le',
      'Répondu le',
      'Résolu le',
      'Description',
    ],
    quota: ['Compte', 'Quota', 'Période', 'Consommé', 'Inclus', 'Dépassement'],
  },
} as const;

export function queueCsv(
  accounts: readonly Account[],
  incidents: readonly Incident[],
  data: Pick<AccountData, 'specialEvents'>,
  settings: WorkspaceSettings,
  now: Date,
  lang: CsvLang,
): CsvTable {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const items = incidents.flatMap((incident) => {
    const account = byId.get(incident.accountId);
    if (!account || incident.deletedAt !== null || !isOpenStatus(incident.status)) return [];
    const sla = incidentSla(incident, slaAccountOf(account), settings, data.specialEvents, now);
    const clock = sla.response.stoppedAt === null ? sla.response : sla.resolution;
    return [
      {
        id: incident.id,
        accountId: account.id,
        severity: incident.severity,
        plan: account.plan,
        timeLeftMs: clock.timeLeftMs,
        reportedAt: new Date(incident.reportedAt),
        rankKey: incident.rankKey,
        incident,
        account,
        sla,
        state: clock.state,
      },
    ];
  });
  const rows = prioritizeIncidents(items, now).map(({ item, position }) => [
    String(position + 1),
    item.account.name,
    item.account.plan,
    item.incident.title,
    String(item.incident.severity),
    item.incident.status,
    item.incident.reportedAt,
    item.sla.response.dueAt.toISOString(),
    item.sla.resolution.dueAt.toISOString(),
    item.state,
  ]);
  return { header: [...HEADERS[lang].queue], rows };
}

export function accountIncidentsCsv(
  account: Account,
  incidents: readonly Incident[],
  lang: CsvLang,
): CsvTable {
  const rows = incidents
    .filter((i) => i.deletedAt === null && i.accountId === account.id)
    .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt))
    .map((i) => [
      i.title,
      String(i.severity),
      i.status,
      i.category,
      i.reportedAt,
      iso(i.respondedAt),
      iso(resolvedAtOf(i)),
      i.description,
    ]);
  return { header: [...HEADERS[lang].incidents], rows };
}

/** Quota usage over the last twelve months (and the annual periods they touch), per account. */
export function quotaCsv(
  accounts: readonly Account[],
  data: AccountData,
  now: Date,
  lang: CsvLang,
): CsvTable {
  const to = now.toISOString().slice(0, 10);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const period = { from: start.toISOString().slice(0, 10), to };
  const rows = accounts
    .filter((a) => a.deletedAt === null)
    .flatMap((account) =>
      quotaConsumption(account, period, data)
        .filter((r) => r.included > 0 || r.used > 0)
        .map((r) => [
          account.name,
          r.metric,
          r.period,
          csvNumber(r.used, lang),
          csvNumber(r.included, lang),
          csvNumber(r.overage, lang),
        ]),
    );
  return { header: [...HEADERS[lang].quota], rows };
}
