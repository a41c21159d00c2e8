import { createHashRouter, Navigate } from 'react-router';
import { ActionsPage } from '../actions';
import { AccountDetailPage, AccountFormPage, AccountsPage } from '../accounts';
import { IncidentDetailPage, IncidentFormPage } from '../incidents';
import { MeetingDetailPage, MeetingFormPage, MeetingsPage } from '../meetings';
import { QueuePage } from '../queue';
import { AccountQuotaPage, QuotasPage } from '../quotas';
import { AssessmentFormPage, ReleaseDetailPage, ReleaseFormPage, ReleasesPage } from '../releases';
import {
  PrintAccountReport,
  PrintLayout,
  PrintPortfolio,
  AccountReportPage,
  PortfolioPage,
  ReportsPage,
} from '../reports';
import { RolesPrintPage } from '../roles';
import { SettingsPage } from '../settings';
import { SyncPage } from '../sync';
import { TodayPage } from '../today';
import { TransferPage } from '../transfer';
import { TrashPage } from '../trash';
import { ErrorMessage, ErrorScreen } from './ErrorScreen';
import { Layout } from './Layout';

/** Hash routing: the same URLs work under app://, http:// and a reloaded window. */
export function createRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Layout />,
      errorElement: <ErrorScreen />,
      children: [
        // Today is the start screen: what needs the user now across their accounts.
        { index: true, element: <Navigate to="/today" replace /> },
        { path: 'today', element: <TodayPage /> },
        { path: 'accounts', element: <AccountsPage /> },
        { path: 'accounts/new', element: <AccountFormPage /> },
        { path: 'accounts/:accountId', element: <AccountDetailPage /> },
        { path: 'accounts/:accountId/edit', element: <AccountFormPage /> },
        { path: 'incidents/new', element: <IncidentFormPage /> },
        { path: 'incidents/:incidentId', element: <IncidentDetailPage /> },
        { path: 'incidents/:incidentId/edit', element: <IncidentFormPage /> },
        { path: 'queue', element: <QueuePage /> },
        { path: 'trash', element: <TrashPage /> },
        { path: 'meetings', element: <MeetingsPage /> },
        { path: 'meetings/new', element: <MeetingFormPage /> },
        { path: 'meetings/:meetingId', element: <MeetingDetailPage /> },
        { path: 'meetings/:meetingId/edit', element: <MeetingFormPage /> },
        { path: 'actions', element: <ActionsPage /> },
        { path: 'accounts/:accountId/roles', element: <RolesPrintPage /> },
        { path: 'releases', element: <ReleasesPage /> },
        { path: 'releases/new', element: <ReleaseFormPage /> },
        { path: 'releases/:releaseId', element: <ReleaseDetailPage /> },
        { path: 'releases/:releaseId/edit', element: <ReleaseFormPage /> },
        { path: 'releases/:releaseId/assess/:accountId', element: <AssessmentFormPage /> },
        { path: 'quotas', element: <QuotasPage /> },
        { path: 'quotas/:accountId', element: <AccountQuotaPage /> },
        { path: 'reports', element: <ReportsPage /> },
        { path: 'reports/review/:accountId', element: <AccountReportPage kind="review" /> },
        { path: 'reports/activity/:accountId', element: <AccountReportPage kind="activity" /> },
        { path: 'reports/portfolio', element: <PortfolioPage /> },
        { path: 'import-export', element: <TransferPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'sync', element: <SyncPage /> },
        { path: '*', element: <ErrorMessage message={null} /> },
      ],
    },
    {
      // Print routes: the document alone, rendered for PDF export (no app chrome).
      path: '/print',
      element: <PrintLayout />,
      errorElement: <ErrorScreen />,
      children: [
        { path: 'review/:accountId', element: <PrintAccountReport kind="review" /> },
        { path: 'activity/:accountId', element: <PrintAccountReport kind="activity" /> },
        { path: 'portfolio', element: <PrintPortfolio /> },
      ],
    },
  ]);
}
