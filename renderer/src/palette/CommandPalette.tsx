import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecords } from '../db/queries';
import { Dialog } from '../ui/Dialog';
import { reportError } from '../ui/errors';
import { commandEntries, runCommand, type CommandContext, type CommandEntry } from './commands';
import { usePaletteUi } from './palette-store';
import { indexEntries, searchEntries, type PaletteEntry } from './search';
import { shortcutFor } from '../ui/shortcuts';
import './palette.css';

type Entry = CommandEntry | (PaletteEntry & { kind: 'account' | 'incident'; id: string });

/** Ctrl/Cmd+K: jump to any account or incident, or run a command. */
export function CommandPalette({
  context,
}: {
  context: Omit<CommandContext, 'theme' | 'language'>;
}) {
  const { t } = useTranslation();
  const open = usePaletteUi((s) => s.paletteOpen);
  const setOpen = usePaletteUi((s) => s.setPaletteOpen);
  return (
    <Dialog
      open={open}
      title={t('palette.title')}
      onClose={() => setOpen(false)}
      className="palette"
    >
      <PaletteBody context={context} onClose={() => setOpen(false)} />
    </Dialog>
  );
}

const optionId = (index: number) => `palette-option-${index}`;

function PaletteBody({
  context,
  onClose,
}: {
  context: Omit<CommandContext, 'theme' | 'language'>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const accounts = useRecords('accounts');
  const incidents = useRecords('incidents');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const theme = document.documentElement.dataset.theme;

  const index = useMemo(() => {
    const names = new Map((accounts ?? []).map((a) => [a.id, a.name]));
    const entries: Entry[] = [
      ...commandEntries(t, theme),
      ...(accounts ?? []).map((a) => ({
        key: `account:${a.id}`,
        kind: 'account' as const,
        id: a.id,
        label: a.name,
      })),
      ...(incidents ?? []).map((i) => ({
        key: `incident:${i.id}`,
        kind: 'incident' as const,
        id: i.id,
        label: i.title,
        detail: names.get(i.accountId) ?? '',
      })),
    ];
    return indexEntries(entries);
  }, [accounts, incidents, t, theme]);
  const { results, total } = useMemo(() => searchEntries(index, query), [index, query]);
  const current = Math.min(active, results.length - 1);

  // The dialog opens after this effect; focus the field once it is shown.
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const run = (entry: Entry | undefined) => {
    if (entry === undefined) return;
    onClose();
    if (entry.kind === 'command') {
      runCommand(entry.command, { ...context, theme, language: i18n.language }).catch(reportError);
    } else {
      context.navigate(
        entry.kind === 'account' ? `/accounts/${entry.id}` : `/incidents/${entry.id}`,
      );
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const id = shortcutFor(e.nativeEvent, 'palette');
    if (id === 'paletteMove') {
      e.preventDefault();
      const step = e.key === 'ArrowUp' ? -1 : 1;
      if (results.length > 0) setActive((current + step + results.length) % results.length);
    } else if (id === 'paletteRun') {
      e.preventDefault();
      run(results[current]);
    }
  };

  return (
    <div className="palette__body">
      <input
        ref={input}
        className="palette__input"
        type="text"
        role="combobox"
        aria-label={t('palette.inputLabel')}
        aria-expanded={results.length > 0}
        aria-controls="palette-listbox"
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder={t('palette.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className={results.length === 0 ? 'hint' : 'visually-hidden'} role="status">
        {results.length === 0
          ? t('palette.noResults', { query })
          : t('palette.resultCount', { count: total })}
      </p>
      {results.length > 0 ? (
        <ul
          id="palette-listbox"
          role="listbox"
          aria-label={t('palette.resultsLabel')}
          className="palette__list"
        >
          {results.map((entry, i) => (
            <li
              key={entry.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={`palette__option${i === current ? ' palette__option--active' : ''}`}
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => run(entry)}
            >
              <span className={`badge badge--muted palette__kind`}>
                {t(`palette.kind.${entry.kind}`)}
              </span>
              <span className="palette__label">{entry.label}</span>
              {entry.detail ? <span className="palette__detail">{entry.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {total > results.length ? (
        <p className="hint">{t('palette.more', { count: results.length })}</p>
      ) : null}
    </div>
  );
}
