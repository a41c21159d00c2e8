/** The public face of meetings/: what other features and the app may import from it. */
export { AccountMeetingsSection } from './AccountMeetingsSection';
export { MeetingDetailPage } from './MeetingDetailPage';
export { MeetingFormPage } from './MeetingFormPage';
export { MeetingsPage } from './MeetingsPage';
export { splitMeetings } from './MeetingsTable';
