import { CalendarClock, FileText, Gauge, ListOrdered, Rocket, Building2 } from 'lucide-react';
import { createHashRouter, Navigate } from 'react-router';
import { SettingsPage } from '../settings/SettingsPage';
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
        { path: 'accounts', element: <FeatureEmptyPage feature="accounts" icon={Building2} /> },
        { path: 'queue', element: <FeatureEmptyPage feature="queue" icon={ListOrdered} /> },
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
