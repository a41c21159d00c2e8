import { SPECIAL_EVENT_KINDS, type Account, type SpecialEvent } from '@shared/schemas/index';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSpecialEvent, type AccountQuotaData } from '../db/quotas';
import { fromZonedInput } from '../incidents/zoned-time';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { periodText } from './format';
import type { OrderChoice } from './OverageConfirm';
import { coveredNote, coveringOrderId, recordOrder } from './overage';
import { QuotaDialogForm } from './QuotaDialogForm';
import { specialEventPreview } from './usage';
import { useDialogSave } from './useDialogSave';
import { maxLengthOf } from '../ui/limits';

interface Props {
  account: Account;
  data: AccountQuotaData;
  onClose: () => void;
}

type Kind = SpecialEvent['kind'];

/**
 * Records a special event; warns before it exceeds the annual allowance, unless work orders for
 * that subscription year already cover it.
 */
export function SpecialEventDialog({ account, data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Kind>('go-live');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [notes, setNotes] = useState('');
  const { errors, setErrors, setWarning, busy, save: run, overage } = useDialogSave();
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
    const preview = s?.ok ? specialEventPreview(account, data, { start: s.iso }) : null;
    if (s?.ok && preview === null)
      e.start = t('quotas.events.beforeSubscription', { date: account.subscriptionStart });
    return { e, s: s?.ok ? s.iso : '', f: f?.ok ? f.iso : '', preview };
  };

  const save = (order: OrderChoice | null) =>
    run(async () => {
      const { s, f, preview } = check();
      if (preview === null) return;
      const workOrderId =
        (await recordOrder(order, {
          accountId: account.id,
          title: `${t(`quotas.events.kinds.${kind}`)}: ${title.trim()}`,
          reason: 'special-event',
          line: preview,
        })) ?? coveringOrderId(preview);
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
    });

  const submit = () => {
    const { e, preview } = check();
    setErrors(e);
    if (Object.keys(e).length > 0 || preview === null) return;
    if (preview.needsWorkOrder) {
      setWarning(
        t('quotas.confirm.specialEvent', {
          used: preview.used,
          included: preview.included,
          period: periodText(preview, i18n.language),
        }) + coveredNote(t, preview, i18n.language),
      );
      return;
    }
    void save(null);
  };

  return (
    <QuotaDialogForm
      title={t('quotas.events.add')}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      overage={overage((order) => void save(order))}
    >
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
        maxLength={maxLengthOf('long')}
        value={notes}
        onChange={(e) => {
          setNotes(e.target.value);
        }}
      />
    </QuotaDialogForm>
  );
}
