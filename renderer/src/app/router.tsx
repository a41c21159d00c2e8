import { createHashRouter, Navigate } from 'react-router';
import { ActionsPage } from '../actions/ActionsPage';
import { AccountDetailPage } from '../accounts/AccountDetailPage';
import { AccountFormPage } from '../accounts/AccountFormPage';
import { AccountsPage } from '../accounts/AccountsPage';
import { IncidentDetailPage } from '../incidents/IncidentDetailPage';
import { IncidentFormPage } from '../incidents/IncidentFormPage';
import { MeetingDetailPage } from '../meetings/MeetingDetailPage';
import { MeetingFormPage } from '../meetings/MeetingFormPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { QueuePage } from '../queue/QueuePage';
import { AccountQuotaPage } from '../quotas/AccountQuotaPage';
import { QuotasPage } from '../quotas/QuotasPage';
import { AssessmentFormPage } from '../releases/AssessmentFormPage';
import { ReleaseDetailPage } from '../releases/ReleaseDetailPage';
import { ReleaseFormPage } from '../releases/ReleaseFormPage';
import { ReleasesPage } from '../releases/ReleasesPage';
import { PrintAccountReport, PrintLayout, PrintPortfolio } from '../reports/PrintPages';
import { AccountReportPage, PortfolioPage, ReportsPage } from '../reports/ReportPages';
import { RolesPrintPage } from '../roles/RolesPrintPage';
import { SettingsPage } from '../settings/SettingsPage';
import { SyncPage } from '../sync/SyncPage';
import { TodayPage } from '../today/TodayPage';
import { TransferPage } from '../transfer/TransferPage';
import { TrashPage } from '../trash/TrashPage';
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
