import { ACTION_STATUSES } from '@shared/schemas/index';
import { ListChecks } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRecords } from '../db/queries';
import { EmptyState } from '../ui/EmptyState';
import { SelectField } from '../ui/Field';
import { Page } from '../ui/Page';
import { ActionsTable } from './ActionsTable';
import { filterActions, type ActionFilter } from './order';
import '../meetings/meetings.css';

const isStatus = (s: string | null): s is ActionFilter['status'] =>
  s === 'all' || (ACTION_STATUSES as readonly (string | null)[]).includes(s);

/** /actions: every account's action items, overdue first; filters live in the URL. */
export function ActionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const items = useRecords('actionItems');
  const accounts = useRecords('accounts');
  const meetings = useRecords('meetings');
  const status = params.get('status');
  const filter: ActionFilter = {
    accountId: params.get('account') ?? '',
    owner: params.get('owner') ?? '',
    status: isStatus(status) ? status : 'open',
  };
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  if (items === undefined || accounts === undefined || meetings === undefined) {
    return (
      <Page title={t('meetings.actions.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  }
  if (items.length === 0) {
    return (
      <Page title={t('meetings.actions.title')}>
        <EmptyState
          icon={ListChecks}
          title={t('meetings.actions.emptyTitle')}
          body={t('meetings.actions.emptyBody')}
        />
      </Page>
    );
  }
  const owners = [...new Set(items.map((i) => i.owner))].sort((a, b) => a.localeCompare(b));
  const shown = filterActions(items, filter);
  return (
    <Page title={t('meetings.actions.title')}>
      <div className="filters" role="group" aria-label={t('meetings.actions.filters')}>
        <SelectField
          label={t('meetings.actions.account')}
          value={filter.accountId}
          onChange={(e) => set('account', e.target.value)}
          options={[
            { value: '', label: t('meetings.actions.anyAccount') },
            ...[...accounts]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          label={t('meetings.actions.owner')}
          value={filter.owner}
          onChange={(e) => set('owner', e.target.value)}
          options={[
            { value: '', label: t('meetings.actions.anyOwner') },
            ...owners.map((o) => ({ value: o, label: o })),
          ]}
        />
        <SelectField
          label={t('meetings.actions.status')}
          value={filter.status}
          onChange={(e) => set('status', e.target.value)}
          options={[
            { value: 'all', label: t('meetings.actions.anyStatus') },
            ...ACTION_STATUSES.map((s) => ({
              value: s,
              label: t(`meetings.actions.statusName.${s}`),
            })),
          ]}
        />
      </div>
      <p role="status" className="hint">
        {t('meetings.actions.count', { shown: shown.length, total: items.length })}
      </p>
      {shown.length === 0 ? (
        <p>
          {t('meetings.actions.noMatch')}{' '}
          <button type="button" onClick={() => setParams({}, { replace: true })}>
            {t('meetings.actions.clearFilters')}
          </button>
        </p>
      ) : (
        <ActionsTable
          items={shown}
          accounts={accounts}
          meetings={meetings}
          caption={t('meetings.actions.listLabel')}
        />
      )}
    </Page>
  );
}
