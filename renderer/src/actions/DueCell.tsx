import type { ActionItem } from '@shared/schemas/index';
import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/calendar/zoned-time';
import { isOverdue } from './order';

/** Due date, and "Overdue" in text and colour when it has passed. */
export function DueCell({ item, today }: { item: ActionItem; today: string }) {
  const { t, i18n } = useTranslation();
  if (item.dueDate === null)
    return <span className="muted">{t('meetings.actions.noDueDate')}</span>;
  const date = formatDate(item.dueDate, i18n.language);
  if (!isOverdue(item, today)) return <span>{date}</span>;
  return (
    <span className="badge badge--danger">
      <AlertTriangle size={14} aria-hidden="true" />
      {t('meetings.actions.overdueSince', { date })}
    </span>
  );
}
