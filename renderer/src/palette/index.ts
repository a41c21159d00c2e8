/** The public face of palette/: what other features and the app may import from it. */
export { CommandCenter } from './CommandCenter';
