/** The public face of incidents/: what other features and the app may import from it. */
export { IncidentDetailPage } from './IncidentDetailPage';
export { IncidentFormPage } from './IncidentFormPage';
