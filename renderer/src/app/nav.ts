import {
  Building2,
  CalendarClock,
  FileText,
  Gauge,
  ListOrdered,
  Rocket,
  Settings,
  type LucideIcon,
} from 'lucide-react';

export interface NavItem {
  path: string;
  key: 'accounts' | 'queue' | 'meetings' | 'releases' | 'quotas' | 'reports' | 'settings';
  icon: LucideIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/accounts', key: 'accounts', icon: Building2 },
  { path: '/queue', key: 'queue', icon: ListOrdered },
  { path: '/meetings', key: 'meetings', icon: CalendarClock },
  { path: '/releases', key: 'releases', icon: Rocket },
  { path: '/quotas', key: 'quotas', icon: Gauge },
  { path: '/reports', key: 'reports', icon: FileText },
  { path: '/settings', key: 'settings', icon: Settings },
];
