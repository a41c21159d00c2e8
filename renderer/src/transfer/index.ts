/** The public face of transfer/: what other features and the app may import from it. */
export { TransferPage } from './TransferPage';
