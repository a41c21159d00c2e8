import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { usePaletteUi } from './palette-store';
import {
  comboCaps,
  isMacPlatform,
  SHORTCUTS,
  SHORTCUT_SCOPES,
  type KeyCombo,
} from '../ui/shortcuts';
import './palette.css';

/** Shift+? or F1: every shortcut, read from the same table the handlers use. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  const open = usePaletteUi((s) => s.helpOpen);
  const setOpen = usePaletteUi((s) => s.setHelpOpen);
  const isMac = isMacPlatform();
  const keyName = (k: string) => (k in KEY_NAMES ? t(`palette.keys.${k as KeyName}`) : k);
  return (
    <Dialog
      open={open}
      title={t('palette.help.title')}
      onClose={() => setOpen(false)}
      className="shortcuts-help"
    >
      {SHORTCUT_SCOPES.map((scope) => (
        <table key={scope} className="table shortcuts-help__table">
          <caption>{t(`palette.help.scope.${scope}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('palette.help.shortcut')}</th>
              <th scope="col">{t('palette.help.action')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.filter((s) => s.scope === scope).map((s) => (
              <tr key={s.id}>
                <td className="shortcuts-help__keys">
                  {s.combos.map((combo: KeyCombo, i) => (
                    <Fragment key={i}>
                      {i > 0 ? (
                        <span className="shortcuts-help__or"> {t('palette.help.or')} </span>
                      ) : null}
                      <kbd>
                        {comboCaps(combo, isMac, keyName).map((cap, j) => (
                          <Fragment key={j}>
                            {j > 0 ? '+' : null}
                            <kbd>{cap}</kbd>
                          </Fragment>
                        ))}
                      </kbd>
                    </Fragment>
                  ))}
                </td>
                <td>{t(`palette.shortcuts.${s.id}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Dialog>
  );
}

const KEY_NAMES = {
  Ctrl: 1,
  Alt: 1,
  Shift: 1,
  Enter: 1,
  Escape: 1,
  Home: 1,
  End: 1,
  PageUp: 1,
  PageDown: 1,
  F1: 1,
} as const;
type KeyName = keyof typeof KEY_NAMES;
