/** The public face of roles/: what other features and the app may import from it. */
export { AccountRolesSection } from './AccountRolesSection';
export { RolesPrintPage } from './RolesPrintPage';
