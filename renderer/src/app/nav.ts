import {
  ArrowLeftRight,
  Building2,
  CalendarClock,
  ListChecks,
  FileText,
  Gauge,
  ListOrdered,
  Sun,
  Rocket,
  Settings,
  Trash2,
  type LucideIcon,
} from 'lucide-react';

export interface NavItem {
  path: string;
  key:
    | 'today'
    | 'accounts'
    | 'queue'
    | 'meetings'
    | 'actions'
    | 'releases'
    | 'quotas'
    | 'reports'
    | 'importExport'
    | 'settings'
    | 'trash';
  icon: LucideIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/today', key: 'today', icon: Sun },
  { path: '/accounts', key: 'accounts', icon: Building2 },
  { path: '/queue', key: 'queue', icon: ListOrdered },
  { path: '/meetings', key: 'meetings', icon: CalendarClock },
  { path: '/actions', key: 'actions', icon: ListChecks },
  { path: '/releases', key: 'releases', icon: Rocket },
  { path: '/quotas', key: 'quotas', icon: Gauge },
  { path: '/reports', key: 'reports', icon: FileText },
  { path: '/import-export', key: 'importExport', icon: ArrowLeftRight },
  { path: '/settings', key: 'settings', icon: Settings },
];

/** Shown apart, at the bottom of the sidebar. */
export const TRASH_ITEM: NavItem = { path: '/trash', key: 'trash', icon: Trash2 };
