import { PLAN_NAMES, entitlementsFor, type Account, type ReadinessAssessment } from '@shared/index';
import { Pencil, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountRecords } from '../db/queries';
import { formatDate, todayIn } from '@shared/calendar/zoned-time';
import { ListedConflicts } from '../sync';
import '../meetings/meetings.css';
import { ReadinessForm } from './ReadinessForm';

function List({ items }: { items: readonly string[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('meetings.readiness.none')}</p>;
  return (
    <ul>
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );
}

function AssessmentView({ a, timeZone }: { a: ReadinessAssessment; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const today = todayIn(timeZone, new Date());
  return (
    <div className="readiness">
      <p className="hint">
        {t('meetings.readiness.assessedOn', { date: formatDate(a.assessedOn, i18n.language) })}
      </p>
      <h3>{t('meetings.readiness.featureGaps')}</h3>
      <List items={a.featureGaps} />
      <h3>{t('meetings.readiness.skillGaps')}</h3>
      <List items={a.skillGaps} />
      <h3>{t('meetings.readiness.options')}</h3>
      {a.options === '' ? (
        <p className="muted">{t('meetings.readiness.none')}</p>
      ) : (
        <p className="readiness__options">{a.options}</p>
      )}
      <h3>{t('meetings.readiness.plan')}</h3>
      {a.planItems.length === 0 ? (
        <p className="muted">{t('meetings.readiness.noItems')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.readiness.planItem')}</th>
              <th scope="col">{t('meetings.readiness.owner')}</th>
              <th scope="col">{t('meetings.readiness.dueDate')}</th>
              <th scope="col">{t('meetings.readiness.status')}</th>
            </tr>
          </thead>
          <tbody>
            {a.planItems.map((p) => {
              const late = p.status === 'open' && p.dueDate !== null && p.dueDate < today;
              return (
                <tr key={p.id}>
                  <td>{p.text}</td>
                  <td>{p.owner}</td>
                  <td>
                    {p.dueDate === null ? '—' : formatDate(p.dueDate, i18n.language)}
                    {late ? (
                      <span className="badge badge--danger"> {t('meetings.actions.overdue')}</span>
                    ) : null}
                  </td>
                  <td>{t(`meetings.readiness.statusName.${p.status}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** For the account page: sustainability readiness (CareFor plans), latest assessment first. */
export function AccountReadinessSection({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const all = useAccountRecords('readinessAssessments', account.id);
  const [editing, setEditing] = useState<'new' | 'latest' | null>(null);
  const headingId = `readiness-${account.id}`;
  const included = entitlementsFor(account.plan).sustainabilityAssessment;
  const sorted = [...(all ?? [])].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  const latest = sorted[0] ?? null;
  return (
    <section className="card meeting-section" aria-labelledby={headingId}>
      <div className="meeting-section__header">
        <h2 id={headingId}>{t('meetings.readiness.title')}</h2>
        {included && editing === null ? (
          <div className="meeting-section__buttons">
            {latest ? (
              <button type="button" onClick={() => setEditing('latest')}>
                <Pencil size={16} aria-hidden="true" /> {t('meetings.readiness.edit')}
              </button>
            ) : null}
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              <Plus size={16} aria-hidden="true" /> {t('meetings.readiness.newAssessment')}
            </button>
          </div>
        ) : null}
      </div>
      <ListedConflicts
        headingLevel={3}
        records={sorted.map((a) => ({
          table: 'readinessAssessments',
          id: a.id,
          label: t('meetings.readiness.assessedOn', {
            date: formatDate(a.assessedOn, i18n.language),
          }),
        }))}
      />
      {!included ? (
        <p>{t('meetings.readiness.notIncluded', { plan: PLAN_NAMES[account.plan] })}</p>
      ) : editing !== null ? (
        <ReadinessForm
          accountId={account.id}
          assessment={editing === 'latest' ? latest : null}
          today={todayIn(account.timeZone, new Date())}
          onDone={() => setEditing(null)}
        />
      ) : latest === null ? (
        <p className="muted">{t('meetings.readiness.empty')}</p>
      ) : (
        <>
          <AssessmentView a={latest} timeZone={account.timeZone} />
          {sorted.length > 1 ? (
            <p className="hint">{t('meetings.readiness.previous', { count: sorted.length - 1 })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
