import {
  AlertTriangle,
  CalendarX2,
  CheckCircle2,
  Circle,
  CircleDashed,
  Clock,
  MinusCircle,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CellState } from './board';

const LOOK: Record<CellState, { icon: LucideIcon; tone: string }> = {
  missing: { icon: CircleDashed, tone: 'warning' },
  'not-started': { icon: Circle, tone: 'warning' },
  'in-progress': { icon: Clock, tone: 'info' },
  ready: { icon: CheckCircle2, tone: 'success' },
  'at-risk': { icon: AlertTriangle, tone: 'danger' },
  'not-included': { icon: MinusCircle, tone: 'muted' },
  'before-start': { icon: CalendarX2, tone: 'muted' },
};

/** A readiness status as icon + text + colour (never colour alone). */
export function StateBadge({ state, compact = false }: { state: CellState; compact?: boolean }) {
  const { t } = useTranslation();
  const { icon: Icon, tone } = LOOK[state];
  return (
    <span className={`badge badge--${tone} state-badge${compact ? ' state-badge--compact' : ''}`}>
      <Icon size={14} aria-hidden="true" />
      {t(`releases.state.${state}`)}
    </span>
  );
}
