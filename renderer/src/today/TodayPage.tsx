import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQueueSource } from '../db/queue';
import { useTodaySource } from '../db/today';
import { localToday } from '../releases';
import { useQueue } from '../queue';
import { ChoiceGroup } from '../settings';
import { Page } from '../ui/Page';
import { useNow } from '../ui/useNow';
import { buildToday, slaLines, type TodayScope } from './today-model';
import { useTodayUi } from './today-store';
import { moveBetweenLines } from './TodaySection';
import {
  ActionSection,
  IncidentSection,
  MeetingSection,
  QuotaSection,
  ReleaseSection,
  ReviewSection,
} from './TodaySections';
import './today.css';

/** The start screen: what needs the user now across their accounts, or the whole team's. */
export function TodayPage() {
  const { t } = useTranslation();
  const now = useNow();
  const source = useTodaySource(now);
  // Incidents: the queue's own result (same worker, same SLA state), filtered to the scope.
  const { snapshot, error } = useQueue(useQueueSource(), now);
  const chosen = useTodayUi((s) => s.scope);
  const setScope = useTodayUi((s) => s.setScope);
  const named = (source?.displayName.trim() ?? '') !== '';
  // With no name in Settings nothing is "mine": show the team and say why.
  const scope: TodayScope = named ? chosen : 'team';
  const lists = useMemo(
    () => (source ? buildToday(source, scope, now, localToday(now)) : null),
    [source, scope, now],
  );
  const ids = useMemo(() => new Set(lists?.accounts.map((a) => a.id) ?? []), [lists]);
  const incidents = useMemo(() => (snapshot ? slaLines(snapshot, ids) : null), [snapshot, ids]);
  if (error !== null) throw error;
  const at = snapshot ? new Date(snapshot.now) : now;

  return (
    <Page title={t('today.title')}>
      {source === undefined || lists === null || incidents === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <div className="today-bar">
            {named ? (
              <ChoiceGroup<TodayScope>
                name="today-scope"
                legend={t('today.scope')}
                value={scope}
                options={[
                  { value: 'mine', label: t('today.mine') },
                  { value: 'team', label: t('today.team') },
                ]}
                onChange={setScope}
              />
            ) : null}
            <p className="hint" role="status">
              {t('today.scopeCount', { count: lists.accounts.length })}
            </p>
          </div>
          {!named ? (
            <p className="today-note">
              {t('today.noName')} <Link to="/settings">{t('today.openSettings')}</Link>
            </p>
          ) : scope === 'mine' && lists.accounts.length === 0 ? (
            <p className="today-note">
              {t('today.noMine', { name: source.displayName.trim() })}{' '}
              <Link to="/settings">{t('today.openSettings')}</Link>
            </p>
          ) : null}
          <p className="hint">{t('today.keyboardHint')}</p>
          <div className="today-grid" onKeyDown={moveBetweenLines}>
            <IncidentSection kind="breached" rows={incidents.breached} now={at} />
            <IncidentSection kind="atRisk" rows={incidents.atRisk} now={at} />
            <ActionSection lists={lists} />
            <MeetingSection lists={lists} />
            <ReleaseSection lists={lists} />
            <QuotaSection lists={lists} />
            <ReviewSection lists={lists} />
          </div>
        </>
      )}
    </Page>
  );
}
