/** The public face of readiness/: what other features and the app may import from it. */
export { AccountReadinessSection } from './AccountReadinessSection';
