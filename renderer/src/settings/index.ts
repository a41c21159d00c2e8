/** The public face of settings/: what other features and the app may import from it. */
export { ChoiceGroup } from './ChoiceGroup';
export { SettingsPage } from './SettingsPage';
