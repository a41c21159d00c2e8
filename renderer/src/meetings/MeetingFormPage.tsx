import { MEETING_KINDS, type MeetingKind } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useMeetingActionItems } from '../db/meetings';
import { useRecord, useRecords } from '../db/queries';
import { Page } from '../ui/Page';
import { MeetingForm } from './MeetingForm';
import { emptyForm, formFromMeeting } from './meeting-form';
import './meetings.css';

const isKind = (k: string | null): k is MeetingKind =>
  k !== null && (MEETING_KINDS as readonly string[]).includes(k);

/** /meetings/new (?account=ID&kind=KIND) and /meetings/:meetingId/edit. */
export function MeetingFormPage() {
  const { t } = useTranslation();
  const { meetingId } = useParams();
  const [params] = useSearchParams();
  const accounts = useRecords('accounts');
  const meeting = useRecord('meetings', meetingId);
  const actions = useMeetingActionItems(meetingId);
  const title = meetingId ? t('meetings.form.editTitle') : t('meetings.form.newTitle');

  if (accounts === undefined || meeting === undefined || actions === undefined) {
    return (
      <Page title={title}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  }
  if (meetingId !== undefined && meeting === null) {
    return (
      <Page title={title}>
        <p>{t('meetings.notFound')}</p>
      </Page>
    );
  }
  const zone = accounts.find((a) => a.id === meeting?.accountId)?.timeZone ?? 'UTC';
  const requested = params.get('account') ?? '';
  const kind = params.get('kind');
  const initial = meeting
    ? formFromMeeting(meeting, actions, zone)
    : emptyForm(
        accounts.some((a) => a.id === requested)
          ? requested
          : accounts.length === 1
            ? (accounts[0]?.id ?? '')
            : '',
        isKind(kind) ? kind : 'steering-committee',
      );
  return (
    <Page title={title}>
      {accounts.length === 0 ? <p>{t('meetings.noAccounts')}</p> : null}
      <MeetingForm
        key={meeting?.id ?? 'new'}
        initial={initial}
        accounts={accounts}
        meetingId={meeting?.id ?? null}
        storedActionIds={actions.map((a) => a.id)}
      />
    </Page>
  );
}
