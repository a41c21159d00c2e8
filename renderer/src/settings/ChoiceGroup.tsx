import { useState } from 'react';

interface Option<T extends string> {
  value: T;
  label: string;
  lang?: string;
}

interface Props<T extends string> {
  name: string;
  legend: string;
  help?: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
}

/** A radio group drawn as a segmented control; arrow keys move between options natively. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  help,
  value,
  options,
  onChange,
}: Props<T>) {
  const helpId = help ? `${name}-help` : undefined;
  // Show the choice at once; the stored value (saved asynchronously) catches up and wins.
  const [shown, setShown] = useState(value);
  const [stored, setStored] = useState(value);
  if (stored !== value) {
    setStored(value);
    setShown(value);
  }
  return (
    <fieldset className="choice-group" aria-describedby={helpId}>
      <legend>{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice-group__option" lang={option.lang}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={shown === option.value}
              onChange={() => {
                setShown(option.value);
                onChange(option.value);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {help ? (
        <p id={helpId} className="hint">
          {help}
        </p>
      ) : null}
    </fieldset>
  );
}
