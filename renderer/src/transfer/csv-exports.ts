/**
 * The CSV exports: accounts, an account's incidents, the queue, quota usage. Pure: data in, cells
 * out. Readable by default (labels in the user's language, local times with their offset in the
 * account's zone); 'reimport' writes ids and ISO instants. Either way the import reads the
 * accounts and incidents files back to the same records.
 */
import { isOpenStatus, resolvedAtOf } from '@shared/incidents/index';
import { prioritizeIncidents } from '@shared/queue/index';
import { quotaConsumption, type AccountData } from '@shared/reports/index';
import { incidentSla, slaAccountOf } from '@shared/sla/index';
import type { Account, Incident, WorkspaceSettings } from '@shared/schemas/index';
import { csvDateTime, csvNumber, type CsvLang, type CsvMode } from './csv-format';
import {
  csvLabel,
  quotaMetricLabel,
  slaStateLabel,
  type CsvVocabularies,
  type CsvVocabulary,
} from './csv-labels';

export interface CsvTable {
  header: string[];
  rows: string[][];
}

export interface CsvOptions {
  lang: CsvLang;
  mode: CsvMode;
}

/** A vocabulary id as its label (readable) or as is (reimport). */
function label<K extends CsvVocabulary>(kind: K, id: CsvVocabularies[K], o: CsvOptions): string {
  return o.mode === 'readable' ? csvLabel(kind, id, o.lang) : String(id);
}

/** A number with the language's decimal comma (readable) or a plain JavaScript number. */
const amount = (n: number, o: CsvOptions) =>
  o.mode === 'readable' ? csvNumber(n, o.lang) : String(n);

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
    accounts: [
      'Name',
      'Plan',
      'Subscription start',
      'Time zone',
      'Annual SaaS amount',
      'CSM',
      'SDM',
    ],
    incidents: [
      'Account',
      'Title',
      'Severity',
      'Status',
      'Category',
      'Reported at',
      'Responded at',
      'Resolved at',
      'Description',
      'Interface',
      'Extension',
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
    accounts: [
      'Nom',
      'Offre',
      'Début abonnement',
      'Fuseau horaire',
      'Montant SaaS annuel',
      'CSM',
      'SDM',
    ],
    incidents: [
      'Compte',
      'Titre',
      'Sévérité',
      'Statut',
      'Catégorie',
      'Signalé le',
      'Répondu le',
      'Résolu le',
      'Description',
      'Interface',
      'Extension',
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
  o: CsvOptions,
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
  const rows = prioritizeIncidents(items, now).map(({ item, position }) => {
    const zone = item.account.timeZone;
    return [
      String(position + 1),
      item.account.name,
      label('plan', item.account.plan, o),
      item.incident.title,
      label('severity', item.incident.severity, o),
      label('status', item.incident.status, o),
      csvDateTime(item.incident.reportedAt, zone, o.mode),
      csvDateTime(item.sla.response.dueAt.toISOString(), zone, o.mode),
      csvDateTime(item.sla.resolution.dueAt.toISOString(), zone, o.mode),
      o.mode === 'readable' ? slaStateLabel(item.state, o.lang) : item.state,
    ];
  });
  return { header: [...HEADERS[o.lang].queue], rows };
}

/** Live accounts, by name: the columns the accounts import reads. */
export function accountsCsv(accounts: readonly Account[], o: CsvOptions): CsvTable {
  const rows = accounts
    .filter((a) => a.deletedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((a) => [
      a.name,
      label('plan', a.plan, o),
      a.subscriptionStart,
      a.timeZone,
      amount(a.annualSaasAmount, o),
      a.csmName,
      a.sdmName ?? '',
    ]);
  return { header: [...HEADERS[o.lang].accounts], rows };
}

/** One account's live incidents, oldest first: the columns the incidents import reads. */
export function accountIncidentsCsv(
  account: Account,
  incidents: readonly Incident[],
  o: CsvOptions,
): CsvTable {
  const zone = account.timeZone;
  const nameOf = (list: ReadonlyArray<{ id: string; name: string }>, id: string | null) =>
    id === null ? '' : (list.find((x) => x.id === id)?.name ?? '');
  const rows = incidents
    .filter((i) => i.deletedAt === null && i.accountId === account.id)
    .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt))
    .map((i) => [
      account.name,
      i.title,
      label('severity', i.severity, o),
      label('status', i.status, o),
      label('category', i.category, o),
      csvDateTime(i.reportedAt, zone, o.mode),
      csvDateTime(i.respondedAt, zone, o.mode),
      csvDateTime(resolvedAtOf(i), zone, o.mode),
      i.description,
      nameOf(account.monitoredInterfaces, i.interfaceId),
      nameOf(account.extensions, i.extensionId),
    ]);
  return { header: [...HEADERS[o.lang].incidents], rows };
}

/** Quota usage over the last twelve months (and the annual periods they touch), per account. */
export function quotaCsv(
  accounts: readonly Account[],
  data: AccountData,
  now: Date,
  o: CsvOptions,
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
          o.mode === 'readable' ? quotaMetricLabel(r.metric, o.lang) : r.metric,
          r.period,
          amount(r.used, o),
          amount(r.included, o),
          amount(r.overage, o),
        ]),
    );
  return { header: [...HEADERS[o.lang].quota], rows };
}
