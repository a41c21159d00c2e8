import { ACTION_STATUSES, type ActionItem } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { setActionStatus } from '../db/meetings';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';

/** Changes an action item's status in place; the toast says what happened. */
export function ActionStatusSelect({ item }: { item: ActionItem }) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={t('meetings.actions.changeStatus', { title: item.title })}
      value={item.status}
      onChange={(e) => {
        const status = e.target.value as ActionItem['status'];
        setActionStatus(item.id, status).then(
          () =>
            showToast({
              tone: 'info',
              message: t('meetings.actions.statusChanged', {
                title: item.title,
                status: t(`meetings.actions.statusName.${status}`),
              }),
            }),
          reportError,
        );
      }}
    >
      {ACTION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`meetings.actions.statusName.${s}`)}
        </option>
      ))}
    </select>
  );
}
