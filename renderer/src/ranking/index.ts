/** The public face of ranking/: what other features and the app may import from it. */
export { ClientRankingPanel } from './ClientRankingPanel';
