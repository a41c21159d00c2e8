import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { SelectField, TextField } from './Field';

export interface OwnedItemLabels {
  text: string;
  owner: string;
  due: string;
  status: string;
}

interface Props<S extends string> {
  /** "Action item 2": names the row's group. */
  legend: string;
  removeLabel: string;
  labels: OwnedItemLabels;
  text: string;
  owner: string;
  /** 'YYYY-MM-DD' or '' for none. */
  due: string;
  status: S;
  statuses: Array<{ value: S; label: string }>;
  textError?: string | undefined;
  ownerError?: string | undefined;
  /** The id of a <datalist> of names to suggest as owner. */
  ownerList?: string | undefined;
  /** Fields shown between the owner and the due date (e.g. the owner's side). */
  children?: ReactNode;
  onText: (text: string) => void;
  onOwner: (owner: string) => void;
  onDue: (due: string) => void;
  onStatus: (status: S) => void;
  onRemove: () => void;
}

/** One row of a list of owned items (meeting action items, post-go-live plan items). */
export function OwnedItemRow<S extends string>(props: Props<S>) {
  const { labels } = props;
  return (
    <fieldset className="action-row">
      <legend>{props.legend}</legend>
      <div className="action-row__title">
        <TextField
          label={labels.text}
          required
          value={props.text}
          error={props.textError}
          onChange={(e) => props.onText(e.target.value)}
        />
      </div>
      <TextField
        label={labels.owner}
        required
        list={props.ownerList}
        value={props.owner}
        error={props.ownerError}
        onChange={(e) => props.onOwner(e.target.value)}
      />
      {props.children}
      <TextField
        label={labels.due}
        type="date"
        value={props.due}
        onChange={(e) => props.onDue(e.target.value)}
      />
      <SelectField
        label={labels.status}
        value={props.status}
        options={props.statuses}
        // The options are exactly `statuses`: the value is one of them.
        onChange={(e) => props.onStatus(e.target.value as S)}
      />
      <button
        type="button"
        className="icon-button action-row__remove"
        aria-label={props.removeLabel}
        onClick={props.onRemove}
      >
        <X size={16} aria-hidden="true" />
      </button>
    </fieldset>
  );
}
