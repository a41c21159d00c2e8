import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { issueErrors, type FieldMessages, type MessageKey } from './issue-text';

export type { FieldMessages, MessageKey } from './issue-text';

export interface RecordFormOptions<V extends object, O, C> {
  /** What the fields hold when the form opens (text as typed, choices as their values). */
  initial: V;
  /** Reads the field values into what is saved; its issues (code + path) become field errors. */
  schema: z.ZodType<O>;
  /** The words for each field's issues, by zod issue code (see issue-text.ts). */
  messages: FieldMessages;
  /** The catalogue key for an issue `messages` does not list. */
  fallbackKey: MessageKey;
  /**
   * A warning to confirm before saving this value (e.g. an allowance exceeded); null: save at once.
   * While it is shown the values are frozen; `confirm` saves with the user's answer.
   */
  warning?: (value: O) => string | null;
  /**
   * The one save: the db-layer call that writes the record and its side effects in one
   * transaction. `confirmation` is the answer to the warning (null when none was asked).
   */
  onSave: (value: O, confirmation: C | null) => Promise<void>;
  /**
   * Field errors, worded, from a refused save (the data layer's validation error), or null to
   * report the failure instead. The form kit knows neither the data layer nor the toasts (ui/
   * stays below both), so the caller maps and reports.
   */
  refusedFields?: (error: unknown, t: TFunction) => Record<string, string> | null;
  /** Tells the user of a failed save that shows no field errors (ui/errors' reportError). */
  report: (error: unknown) => void;
}

/**
 * One record form: field values and their errors in the user's language, dirty tracking, and
 * the submit → (warn → confirm) → save flow. A failed save returns to the fields with nothing
 * lost: a refused record shows its field errors, anything else is reported.
 */
export function useRecordForm<V extends object, O, C = never>(opts: RecordFormOptions<V, O, C>) {
  const { t } = useTranslation();
  // The values the form opened with, kept for dirty tracking.
  const [initial] = useState(opts.initial);
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [warning, setWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof V>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
  };
  const dirty = (Object.keys(initial) as Array<keyof V>).some(
    (k) => JSON.stringify(values[k]) !== JSON.stringify(initial[k]),
  );

  /** The parsed value, or null with the field errors shown. */
  const validate = (): O | null => {
    const parsed = opts.schema.safeParse(values);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(issueErrors(parsed.error.issues, opts.messages, t, opts.fallbackKey));
    return null;
  };

  const save = async (value: O, confirmation: C | null) => {
    setBusy(true);
    try {
      await opts.onSave(value, confirmation);
    } catch (error) {
      const fields = opts.refusedFields?.(error, t) ?? null;
      if (fields === null) opts.report(error);
      else setErrors(fields);
      setWarning(null);
    } finally {
      setBusy(false);
    }
  };

  const submit = () => {
    const value = validate();
    if (value === null) return;
    const warned = opts.warning?.(value) ?? null;
    if (warned !== null) {
      setWarning(warned);
      return;
    }
    void save(value, null);
  };

  /** The answer to the warning: saves the (frozen) values with it. */
  const confirm = (confirmation: C | null) => {
    const value = validate();
    if (value === null) {
      setWarning(null);
      return;
    }
    void save(value, confirmation);
  };

  /** Clears one field's error (its message spoke of the value just replaced). */
  const clearError = (path: string) => {
    setErrors((es) =>
      path in es ? Object.fromEntries(Object.entries(es).filter(([p]) => p !== path)) : es,
    );
  };

  return {
    values,
    set,
    errors,
    clearError,
    dirty,
    busy,
    warning,
    submit,
    confirm,
    back: () => {
      setWarning(null);
    },
  };
}

export type RecordForm<V extends object, O, C> = ReturnType<typeof useRecordForm<V, O, C>>;
