import type { Account, ActionItem, Meeting } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIn } from '@shared/calendar/zoned-time';
import { ActionStatusSelect } from './ActionStatusSelect';
import { DueCell } from './DueCell';
import { isOverdue, sortActions } from './order';
import { Truncate } from '../ui/Truncate';

interface Props {
  items: readonly ActionItem[];
  accounts: readonly Account[];
  meetings?: readonly Meeting[];
  showAccount?: boolean;
  caption?: string;
  now?: Date;
}

/** Action items, overdue first (each judged on its account's calendar), status editable. */
export function ActionsTable({
  items,
  accounts,
  meetings,
  showAccount = true,
  caption,
  now,
}: Props) {
  const { t } = useTranslation();
  const at = now ?? new Date();
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const meetingById = new Map((meetings ?? []).map((m) => [m.id, m]));
  const todayOf = (i: ActionItem) => todayIn(byId.get(i.accountId)?.timeZone ?? 'UTC', at);
  const rows = sortActions(items, todayOf);
  return (
    <table className="table actions-table">
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">{t('meetings.actions.action')}</th>
          <th scope="col">{t('meetings.actions.owner')}</th>
          <th scope="col">{t('meetings.actions.due')}</th>
          {showAccount ? <th scope="col">{t('meetings.actions.account')}</th> : null}
          {meetings ? <th scope="col">{t('meetings.actions.meeting')}</th> : null}
          <th scope="col">{t('meetings.actions.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => {
          const account = byId.get(item.accountId);
          const meeting = item.meetingId ? meetingById.get(item.meetingId) : undefined;
          const today = todayOf(item);
          return (
            <tr
              key={item.id}
              className={isOverdue(item, today) ? 'actions-table__overdue' : undefined}
              data-status={item.status}
            >
              <td>
                <Truncate text={item.title} />
              </td>
              <td>
                <Truncate
                  className="truncate--narrow"
                  text={t('meetings.actions.ownerWithSide', {
                    owner: item.owner,
                    side: t(`meetings.actions.side.${item.ownerSide}`),
                  })}
                />
              </td>
              <td>
                <DueCell item={item} today={today} />
              </td>
              {showAccount ? (
                <td>
                  {account ? (
                    <Truncate text={account.name} className="truncate--narrow">
                      <Link to={`/accounts/${account.id}`}>{account.name}</Link>
                    </Truncate>
                  ) : (
                    '—'
                  )}
                </td>
              ) : null}
              {meetings ? (
                <td>
                  {meeting ? (
                    <Truncate text={meeting.title} className="truncate--narrow">
                      <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
                    </Truncate>
                  ) : (
                    '—'
                  )}
                </td>
              ) : null}
              <td>
                <ActionStatusSelect item={item} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
