import { AlertTriangle, Clock, OctagonAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { timeLeftView, uiLang } from './format';
import type { ClockSummary } from './queue-model';
import './queue.css';

/** Time left on the nearer running clock: text and colour, plus which clock and calendar. */
export function TimeLeft({
  clock,
  now,
  compact = false,
}: {
  clock: ClockSummary;
  now: Date;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const view = timeLeftView(clock, now, t, uiLang(i18n.language));
  const Icon =
    view.tone === 'danger' ? OctagonAlert : view.tone === 'warning' ? AlertTriangle : Clock;
  return (
    <span className={`time-left time-left--${view.tone}`}>
      <span className="time-left__main" title={view.text}>
        <Icon size={14} aria-hidden="true" />
        {view.text}
      </span>
      {!compact && view.detail ? (
        <span className="time-left__detail" title={view.detail}>
          {view.detail}
        </span>
      ) : null}
    </span>
  );
}
