import { SPECIAL_EVENT_KINDS, type Account, type SpecialEvent } from '@shared/schemas/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordValidationError } from '../db/errors';
import { saveSpecialEvent } from '../db/quotas';
import { fromZonedInput } from '../incidents/zoned-time';
import { Dialog } from '../ui/Dialog';
import { reportError } from '../ui/errors';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { periodText } from './format';
import { OverageConfirm, type OrderChoice } from './OverageConfirm';
import { recordOrder } from './overage';
import { specialEventPreview } from './usage';

interface Props {
  account: Account;
  events: SpecialEvent[];
  onClose: () => void;
}

type Kind = SpecialEvent['kind'];

/** Records a special event; warns before it exceeds the annual allowance. */
export function SpecialEventDialog({ account, events, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Kind>('go-live');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [warning, setWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zone = account.timeZone;

  const check = () => {
    const e: Record<string, string> = {};
    if (title.trim() === '') e.title = t('quotas.required');
    const s = start === '' ? null : fromZonedInput(start, zone);
    const f = end === '' ? null : fromZonedInput(end, zone);
    if (start === '') e.start = t('quotas.required');
    else if (!s?.ok) e.start = t('quotas.invalidDateTime');
    if (end === '') e.end = t('quotas.required');
    else if (!f?.ok) e.end = t('quotas.invalidDateTime');
    if (s?.ok && f?.ok && Date.parse(f.iso) <= Date.parse(s.iso))
      e.end = t('quotas.events.endBeforeStart');
    const preview = s?.ok ? specialEventPreview(account, events, { start: s.iso }) : null;
    if (s?.ok && preview === null)
      e.start = t('quotas.events.beforeSubscription', { date: account.subscriptionStart });
    return { e, s: s?.ok ? s.iso : '', f: f?.ok ? f.iso : '', preview };
  };

  const save = async (order: OrderChoice | null) => {
    const { s, f } = check();
    setBusy(true);
    try {
      const workOrderId = await recordOrder(order, {
        accountId: account.id,
        title: `${t(`quotas.events.kinds.${kind}`)}: ${title.trim()}`,
        reason: 'special-event',
        quantity: 1,
      });
      const saved = await saveSpecialEvent({
        accountId: account.id,
        title: title.trim(),
        kind,
        start: s,
        end: f,
        notes,
        workOrderId,
      });
      showToast({ tone: 'info', message: t('quotas.events.saved', { name: saved.title }) });
      onClose();
    } catch (error) {
      if (error instanceof RecordValidationError) setErrors(error.byField());
      else reportError(error);
      setWarning(null);
    } finally {
      setBusy(false);
    }
  };

  const submit = (ev: SyntheticEvent) => {
    ev.preventDefault();
    const { e, preview } = check();
    setErrors(e);
    if (Object.keys(e).length > 0 || preview === null) return;
    if (preview.needsWorkOrder) {
      setWarning(
        t('quotas.confirm.specialEvent', {
          used: preview.used,
          included: preview.included,
          period: periodText({ kind: 'special-events', period: preview.period }, i18n.language),
        }),
      );
      return;
    }
    void save(null);
  };

  return (
    <Dialog open title={t('quotas.events.add')} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        {/* Frozen while the overage warning asks for confirmation: it speaks of these values. */}
        <fieldset className="plain-fieldset" disabled={warning !== null}>
          <TextField
            label={t('quotas.events.name')}
            required
            value={title}
            error={errors.title}
            onChange={(e) => {
              setTitle(e.target.value);
            }}
          />
          <SelectField
            label={t('quotas.events.kind')}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
            }}
            options={SPECIAL_EVENT_KINDS.map((k) => ({
              value: k,
              label: t(`quotas.events.kinds.${k}`),
            }))}
          />
          <TextField
            label={t('quotas.events.start', { zone })}
            type="datetime-local"
            required
            value={start}
            error={errors.start}
            onChange={(e) => {
              setStart(e.target.value);
            }}
          />
          <TextField
            label={t('quotas.events.end', { zone })}
            type="datetime-local"
            required
            value={end}
            error={errors.end}
            onChange={(e) => {
              setEnd(e.target.value);
            }}
          />
          <TextAreaField
            label={t('quotas.events.notes')}
            value={notes}
            onChange={(e) => {
              setNotes(e.target.value);
            }}
          />
        </fieldset>
        {warning !== null ? (
          <OverageConfirm
            message={warning}
            busy={busy}
            onBack={() => {
              setWarning(null);
            }}
            onConfirm={(order) => void save(order)}
          />
        ) : (
          <div className="dialog-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('common.save')}
            </button>
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
