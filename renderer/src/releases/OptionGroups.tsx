import { useId, type ReactNode } from 'react';

interface Option {
  value: string;
  label: string;
}
interface Common {
  legend: string;
  options: Option[];
  error?: string | undefined;
  hint?: string | undefined;
  empty?: string;
}

function Shell({
  legend,
  error,
  hint,
  empty,
  options,
  children,
}: Common & { children: () => ReactNode }) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`option-group${error ? ' field--invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {options.length === 0 ? <p className="hint">{empty}</p> : children()}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Several choices among a list (a fieldset of checkboxes). */
export function CheckboxGroup({
  value,
  onChange,
  ...common
}: Common & { value: readonly string[]; onChange: (value: string[]) => void }) {
  return (
    <Shell {...common}>
      {() => (
        <div className="option-group__options">
          {common.options.map((o) => (
            <label key={o.value} className="option">
              <input
                type="checkbox"
                checked={value.includes(o.value)}
                onChange={(e) => {
                  onChange(
                    e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value),
                  );
                }}
              />
              {o.label}
            </label>
          ))}
        </div>
      )}
    </Shell>
  );
}

/** One choice among a few (a fieldset of radios; arrow keys move natively). */
export function RadioGroup({
  name,
  value,
  onChange,
  ...common
}: Common & { name: string; value: string; onChange: (value: string) => void }) {
  return (
    <Shell {...common}>
      {() => (
        <div className="option-group__options">
          {common.options.map((o) => (
            <label key={o.value} className="option">
              <input
                type="radio"
                name={name}
                value={o.value}
                checked={value === o.value}
                aria-invalid={common.error ? true : undefined}
                onChange={() => {
                  onChange(o.value);
                }}
              />
              {o.label}
            </label>
          ))}
        </div>
      )}
    </Shell>
  );
}
