import { en as accounts } from '../accounts/messages';
import { en as incidents } from '../incidents/messages';
import { en as queueOwn } from '../queue/messages';
import { en as ranking } from '../ranking/messages';
import { en as trash } from '../trash/messages';
import { en as palette } from '../palette/messages';
import { en as meetingsOwn } from '../meetings/messages';
import { en as actions } from '../actions/messages';
import { en as readiness } from '../readiness/messages';
import { en as roles } from '../roles/messages';
import { en as timeline } from '../timeline/messages';
import { en as releases } from '../releases/messages';
import { en as quotas } from '../quotas/messages';
import { en as reports } from '../reports/messages';
import { en as transfer } from '../transfer/messages';
import { en as sync } from '../sync/messages';
import { en as settings } from '../settings/messages';
import { en as today } from '../today/messages';
import type { Widen } from './widen';

// Account sections (actions, timeline, roles, readiness) sit under meetings and the ranking
// panel under queue, where their keys have always been; each feature keeps its own catalogue.
const meetings = { ...meetingsOwn, actions, timeline, roles, readiness };
const queue = { ...queueOwn, ranking };

export const en = {
  accounts,
  incidents,
  queue,
  trash,
  palette,
  meetings,
  releases,
  quotas,
  reports,
  transfer,
  sync,
  today,
  common: {
    toastsMore_one: '{{count}} earlier message',
    toastsMore_other: '{{count}} earlier messages',
    toastsFewer: 'Show the latest only',
    dismiss: 'Dismiss',
    undo: 'Undo',
    movedToTrash: '“{{name}}” moved to the Trash.',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    loading: 'Loading…',
    required: 'required',
    close: 'Close',
    search: 'Search',
    all: 'All',
    none: 'None',
    yes: 'Yes',
    no: 'No',
    tooLong: 'This is longer than {{max, number}} characters; shorten it to save.',
  },
  app: { name: 'Steward', skipToContent: 'Skip to main content', mainNav: 'Main navigation' },
  nav: {
    today: 'Today',
    accounts: 'Accounts',
    queue: 'Queue',
    meetings: 'Meetings',
    actions: 'Actions',
    releases: 'Releases',
    quotas: 'Quotas',
    reports: 'Reports',
    importExport: 'Import and export',
    settings: 'Settings',
    trash: 'Trash',
  },
  empty: {
    accounts: {
      title: 'No accounts yet',
      body: 'Client accounts you manage will appear here, with their plan, calendar and contacts.',
    },
    queue: {
      title: 'The queue is empty',
      body: 'Open incidents from every account will be ranked here by severity, plan and time left.',
    },
    meetings: {
      title: 'No meetings yet',
      body: 'Steering committees, planning sessions and their action items will be listed here.',
    },
    releases: {
      title: 'No releases yet',
      body: 'Monthly cloud updates and their impact assessments per account will appear here.',
    },
    quotas: {
      title: 'No quotas to track yet',
      body: 'Special events, monitored interfaces and extension allowances will be tracked here.',
    },
    reports: {
      title: 'No reports yet',
      body: 'Business reviews and activity reports, ready to export to PDF, will be built here.',
    },
  },
  settings,
  errors: {
    title: 'Something went wrong',
    reload: 'Reload',
    notFound: 'This page does not exist.',
    backHome: 'Go to accounts',
  },
} as const;

export type Messages = Widen<typeof en>;
