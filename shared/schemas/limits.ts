/**
 * Text limits: the longest text each kind of field takes, listed here once. The record schemas
 * tag each text field with its limit (see `limitText`) instead of refusing long text outright:
 * values stored before the limits existed stay readable and sync as they are, and the limit
 * applies when someone edits the field. Writers call `validateWrite` (schemas/index.ts); readers
 * (pulls, upgrades, the server's merged records) call `validateRecord`, which ignores limits.
 */
import { z } from 'zod';

export const TEXT_LIMITS = {
  /** Record ids and references to other records (the sync protocol's recordId cap). */
  id: 128,
  /** Internal ordering keys (fractional indexing grows one character per squeeze). */
  key: 2_000,
  /** Short labels: roles, versions, modules, references, gaps. */
  label: 120,
  /** Names and titles: accounts, contacts, people, incidents, meetings, releases. */
  name: 200,
  /** E-mail addresses (RFC 5321 path limit). */
  email: 254,
  /** One line of a list: agenda items, decisions, plan items, topics. */
  line: 1_000,
  /** Notes, descriptions, recommendations, Markdown. */
  long: 20_000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

export interface TextLimit {
  max: number;
  /** The field in the schema's messages, e.g. 'Account name'. */
  what: string;
}

/** Schema node → its limit. Only `limitText` writes to it. */
export const textLimits = z.registry<TextLimit>();

/** Tags a text schema with the limit of its kind; returns the same schema. */
export function limitText<T extends z.ZodType>(schema: T, kind: TextKind, what: string): T {
  textLimits.add(schema, { max: TEXT_LIMITS[kind], what });
  return schema;
}

export function tooLongMessage(what: string, max: number): string {
  return `${what} is longer than ${String(max)} characters; shorten it to save`;
}

const TOO_LONG = /^(.+) is longer than (\d+) characters; shorten it to save$/;

/** The parameters of a `tooLongMessage`, so the renderer can word it in the user's language. */
export function parseTooLong(message: string): { what: string; max: number } | null {
  const m = TOO_LONG.exec(message);
  return m === null ? null : { what: m[1] ?? '', max: Number(m[2]) };
}

export interface TextLimitIssue {
  path: string;
  message: string;
}

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) stringsIn(v, out);
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(
  schema: z.ZodType,
  value: unknown,
  path: string[],
  kept: Set<string>,
  out: TextLimitIssue[],
): void {
  const limit = textLimits.get(schema);
  if (limit !== undefined && typeof value === 'string') {
    if (value.length > limit.max && !kept.has(value)) {
      out.push({ path: path.join('.'), message: tooLongMessage(limit.what, limit.max) });
    }
    return;
  }
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault
  ) {
    walk(schema.unwrap() as z.ZodType, value, path, kept, out);
  } else if (schema instanceof z.ZodObject && isPlainObject(value)) {
    const shape: Record<string, z.ZodType> = schema.shape;
    for (const [key, field] of Object.entries(shape)) {
      walk(field, value[key], [...path, key], kept, out);
    }
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const element = schema.element as z.ZodType;
    value.forEach((v, i) => walk(element, v, [...path, String(i)], kept, out));
  } else if (schema instanceof z.ZodRecord && isPlainObject(value)) {
    const element = schema.valueType as z.ZodType;
    for (const [key, v] of Object.entries(value)) walk(element, v, [...path, key], kept, out);
  }
}

/**
 * Text over its limit in `values` (field → value, e.g. a whole record or one push's fields).
 * A text the same field already holds in `stored` is kept as it is: the limit applies to edits.
 */
export function textLimitIssues(
  shape: Record<string, z.ZodType | undefined>,
  values: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
): TextLimitIssue[] {
  const out: TextLimitIssue[] = [];
  for (const [field, value] of Object.entries(values)) {
    const schema = shape[field];
    if (schema === undefined || value === null || value === undefined) continue;
    const kept = stored === undefined ? new Set<string>() : stringsIn(stored[field], new Set());
    walk(schema, value, [field], kept, out);
  }
  return out;
}
