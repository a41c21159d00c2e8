import { CalendarClock, FileText, Gauge, Rocket } from 'lucide-react';
import { createHashRouter, Navigate } from 'react-router';
import { AccountDetailPage } from '../accounts/AccountDetailPage';
import { AccountFormPage } from '../accounts/AccountFormPage';
import { AccountsPage } from '../accounts/AccountsPage';
import { IncidentDetailPage } from '../incidents/IncidentDetailPage';
import { IncidentFormPage } from '../incidents/IncidentFormPage';
import { QueuePage } from '../queue/QueuePage';
import { SettingsPage } from '../settings/SettingsPage';
import { TrashPage } from '../trash/TrashPage';
import { FeatureEmptyPage } from '../ui/FeatureEmptyPage';
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
        { index: true, element: <Navigate to="/accounts" replace /> },
        { path: 'accounts', element: <AccountsPage /> },
        { path: 'accounts/new', element: <AccountFormPage /> },
        { path: 'accounts/:accountId', element: <AccountDetailPage /> },
        { path: 'accounts/:accountId/edit', element: <AccountFormPage /> },
        { path: 'incidents/new', element: <IncidentFormPage /> },
        { path: 'incidents/:incidentId', element: <IncidentDetailPage /> },
        { path: 'incidents/:incidentId/edit', element: <IncidentFormPage /> },
        { path: 'queue', element: <QueuePage /> },
        { path: 'trash', element: <TrashPage /> },
        { path: 'meetings', element: <FeatureEmptyPage feature="meetings" icon={CalendarClock} /> },
        { path: 'releases', element: <FeatureEmptyPage feature="releases" icon={Rocket} /> },
        { path: 'quotas', element: <FeatureEmptyPage feature="quotas" icon={Gauge} /> },
        { path: 'reports', element: <FeatureEmptyPage feature="reports" icon={FileText} /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <ErrorMessage message={null} /> },
      ],
    },
  ]);
}
