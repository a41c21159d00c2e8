import { Plus } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { OwnedItemRow, type OwnedItemLabels } from './OwnedItemRow';

/** What the editor reads and writes of an item: its text, owner, due date ('' for none), status. */
export interface OwnedFields<S extends string> {
  text: string;
  owner: string;
  due: string;
  status: S;
}

interface Props<T extends { id: string }, S extends string> {
  legend: string;
  items: readonly T[];
  fields: (item: T) => OwnedFields<S>;
  /** The item with some of its owned fields changed. */
  patch: (item: T, change: Partial<OwnedFields<S>>) => T;
  labels: OwnedItemLabels;
  statuses: Array<{ value: S; label: string }>;
  /** "Action item 2", "Remove action item 2": n counts from 1. */
  rowLegend: (n: number) => string;
  removeLabel: (n: number) => string;
  /** A row field's error (already worded), if any. */
  errorOf: (index: number, field: 'text' | 'owner') => string | undefined;
  /** Names to suggest as owner. */
  suggestions?: readonly string[];
  /** Shown when there is no item; nothing when absent. */
  emptyHint?: string;
  addLabel: string;
  blank: () => T;
  /** Fields of a row shown between the owner and the due date (e.g. the owner's side). */
  extra?: (item: T, update: (next: T) => void) => ReactNode;
  onChange: (items: T[]) => void;
}

/**
 * A list of owned items, each with text, owner, due date and status (meeting action items,
 * post-go-live plan items): rows to edit and remove, and a button to add one.
 */
export function OwnedItemsEditor<T extends { id: string }, S extends string>(props: Props<T, S>) {
  const { items, fields, patch, onChange } = props;
  const listId = useId();
  const update = (i: number, next: T) => {
    onChange(items.map((x, j) => (j === i ? next : x)));
  };
  const suggest = props.suggestions !== undefined;
  return (
    <fieldset className="meeting-form__fieldset">
      <legend>{props.legend}</legend>
      {suggest ? (
        <datalist id={listId}>
          {props.suggestions?.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      ) : null}
      {items.length === 0 && props.emptyHint ? <p className="hint">{props.emptyHint}</p> : null}
      {items.map((item, i) => {
        const f = fields(item);
        const change = (c: Partial<OwnedFields<S>>) => {
          update(i, patch(item, c));
        };
        return (
          <OwnedItemRow
            key={item.id}
            legend={props.rowLegend(i + 1)}
            removeLabel={props.removeLabel(i + 1)}
            labels={props.labels}
            text={f.text}
            owner={f.owner}
            due={f.due}
            status={f.status}
            statuses={props.statuses}
            textError={props.errorOf(i, 'text')}
            ownerError={props.errorOf(i, 'owner')}
            ownerList={suggest ? listId : undefined}
            onText={(text) => {
              change({ text });
            }}
            onOwner={(owner) => {
              change({ owner });
            }}
            onDue={(due) => {
              change({ due });
            }}
            onStatus={(status) => {
              change({ status });
            }}
            onRemove={() => {
              onChange(items.filter((_, j) => j !== i));
            }}
          >
            {props.extra?.(item, (next) => {
              update(i, next);
            })}
          </OwnedItemRow>
        );
      })}
      <div className="row-list__add">
        <button type="button" onClick={() => onChange([...items, props.blank()])}>
          <Plus size={16} aria-hidden="true" /> {props.addLabel}
        </button>
      </div>
    </fieldset>
  );
}
