/** The public face of accounts/: what other features and the app may import from it. */
export { AccountDetailPage } from './AccountDetailPage';
export { AccountFormPage } from './AccountFormPage';
export { AccountsPage } from './AccountsPage';
