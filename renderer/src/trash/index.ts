/** The public face of trash/: what other features and the app may import from it. */
export { TrashPage } from './TrashPage';
export { deleteWithUndo } from './undo';
