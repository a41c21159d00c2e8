import { PLAN_NAMES } from '@shared/domain/types';
import { entitlementsFor } from '@shared/plans/entitlements';
import type { Account, Incident, LiveAssessment } from '@shared/schemas/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordValidationError } from '../db/errors';
import { updateIncident } from '../db/incidents';
import { reportError } from '../ui/errors';
import { TextAreaField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { formatInZone, fromZonedInput, toZonedInput } from '@shared/calendar/zoned-time';
import { ZonedDateTimeField } from './ZonedDateTimeField';

interface Props {
  incident: Incident;
  account: Account;
  by: string;
}

/** First response and triage by phone or screen share: CareFor Business Plus and up. */
export function LiveAssessmentSection({ incident, account, by }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const current = incident.liveAssessment;
  const zone = account.timeZone;
  return (
    <section className="card inc-live" aria-labelledby="incident-live">
      <h2 id="incident-live">{t('incidents.live.title')}</h2>
      {!entitlementsFor(account.plan).liveIncidentAssessment ? (
        <p>{t('incidents.live.notIncluded', { plan: PLAN_NAMES[account.plan] })}</p>
      ) : (
        <>
          {current === null ? (
            <p>{t('incidents.live.none')}</p>
          ) : (
            <>
              <p>
                {t('incidents.live.summary', {
                  channel: t(`incidents.live.${current.channel}`),
                  time: `${formatInZone(current.at, zone, i18n.language)} (${zone})`,
                  by: current.by,
                })}
              </p>
              {current.notes !== '' ? <p className="inc-description">{current.notes}</p> : null}
            </>
          )}
          {editing ? (
            <LiveAssessmentForm
              incident={incident}
              timeZone={zone}
              by={by}
              onDone={() => setEditing(false)}
            />
          ) : (
            <button type="button" onClick={() => setEditing(true)}>
              {current === null ? t('incidents.live.log') : t('incidents.live.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

interface FormProps {
  incident: Incident;
  timeZone: string;
  by: string;
  onDone: () => void;
}

function LiveAssessmentForm({ incident, timeZone, by, onDone }: FormProps) {
  const { t } = useTranslation();
  const current = incident.liveAssessment;
  const [at, setAt] = useState(() =>
    toZonedInput(current?.at ?? new Date().toISOString(), timeZone),
  );
  const [channel, setChannel] = useState<LiveAssessment['channel']>(current?.channel ?? 'phone');
  const [notes, setNotes] = useState(current?.notes ?? '');
  const [error, setError] = useState<string | undefined>();

  async function save(e: SyntheticEvent) {
    e.preventDefault();
    const parsed = fromZonedInput(at, timeZone);
    try {
      await updateIncident(
        incident.id,
        { liveAssessment: { at: parsed.ok ? parsed.iso : '', by, channel, notes } },
        by,
      );
      showToast({ tone: 'success', message: t('incidents.live.saved') });
      onDone();
    } catch (err) {
      if (err instanceof RecordValidationError) setError(t('incidents.error.reportedAt'));
      else reportError(err);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <ZonedDateTimeField
        label={t('incidents.live.at')}
        value={at}
        timeZone={timeZone}
        error={error}
        onChange={setAt}
      />
      <fieldset className="inc-radio-row">
        <legend className="field__label">{t('incidents.live.channel')}</legend>
        {(['phone', 'screen-share'] as const).map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="live-channel"
              value={c}
              checked={channel === c}
              onChange={() => setChannel(c)}
            />
            {t(`incidents.live.${c}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('incidents.live.notes')}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <div className="inc-actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
