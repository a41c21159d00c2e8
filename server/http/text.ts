import { ApiError } from './errors';

/**
 * A NUL, or half of a UTF-16 surrogate pair: text PostgreSQL cannot store (nor jsonb). With the
 * `u` flag a valid pair is one code point, so only lone halves match the surrogate range.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const BAD_CHAR = /[\u0000\ud800-\udfff]/u;

export interface BadText {
  /** Where the string is: `body.mutations.0.fields.title.value`, `query.after`, … */
  path: string;
  kind: 'nul' | 'surrogate';
}

function badChar(text: string): BadText['kind'] | null {
  const m = BAD_CHAR.exec(text);
  if (m === null) return null;
  return m[0] === '\u0000' ? 'nul' : 'surrogate';
}

/** The first string (value or key) holding a NUL or a lone surrogate, without recursion. */
export function findBadText(value: unknown, root: string): BadText | null {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      const kind = badChar(v);
      if (kind !== null) return { path, kind };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    for (const [k, child] of Object.entries(v)) {
      const keyKind = badChar(k);
      if (keyKind !== null) return { path: `${path} (a field name)`, kind: keyKind };
      stack.push([child, `${path}.${k}`]);
    }
  }
  return null;
}

/**
 * Refuses text the database cannot store before any handler sees it: a 400 the client sets
 * aside, instead of a 500 from PostgreSQL ("unsupported Unicode escape sequence") that it would
 * retry forever.
 */
export function checkText(parts: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(parts)) {
    const bad = findBadText(value, name);
    if (bad === null) continue;
    const what =
      bad.kind === 'nul'
        ? 'a NUL character (U+0000)'
        : 'a broken character (half of a UTF-16 surrogate pair)';
    throw new ApiError(
      400,
      'bad-text',
      `The text at ${bad.path} contains ${what}, which the server cannot store. Remove it and try again.`,
    );
  }
}
