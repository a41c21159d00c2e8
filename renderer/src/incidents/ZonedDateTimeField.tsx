import { useTranslation } from 'react-i18next';
import { FieldShell } from '../ui/Field';
import {
  formatInZone,
  fromZonedInput,
  localTimeZone,
  toZonedInput,
  utcOffsetLabel,
} from '@shared/calendar/zoned-time';

interface Props {
  label: string;
  value: string;
  timeZone: string | undefined;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** A datetime-local read in the account's zone; says which zone, and what DST did to it. */
export function ZonedDateTimeField({ label, value, timeZone, error, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const parsed = timeZone === undefined ? null : fromZonedInput(value, timeZone);
  const notes: string[] = [];
  if (timeZone !== undefined) {
    const at = parsed?.ok === true ? parsed.iso : new Date().toISOString();
    notes.push(
      t('incidents.field.reportedAtHint', { zone: timeZone, offset: utcOffsetLabel(timeZone, at) }),
    );
    if (parsed?.ok === true) {
      const time = value.replace('T', ' ');
      if (parsed.note === 'skipped') {
        notes.push(
          t('incidents.dst.skipped', {
            time,
            zone: timeZone,
            shownAs: parsed.shownAs.replace('T', ' '),
          }),
        );
      } else if (parsed.note === 'repeated') {
        notes.push(t('incidents.dst.repeated', { time, zone: timeZone }));
      }
      const local = localTimeZone();
      if (local !== timeZone && toZonedInput(parsed.iso, local) !== value) {
        notes.push(
          t('incidents.field.reportedAtLocal', {
            time: `${formatInZone(parsed.iso, local, i18n.language)} (${local})`,
          }),
        );
      }
    }
  }
  return (
    <FieldShell label={label} error={error} hint={notes.join(' ')}>
      {({ id, describedBy, invalid }) => (
        <div className="inc-zoned-input">
          <input
            id={id}
            type="datetime-local"
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          {/* Repeated in the hint for screen readers. */}
          {timeZone !== undefined ? <span aria-hidden="true">{timeZone}</span> : null}
        </div>
      )}
    </FieldShell>
  );
}
