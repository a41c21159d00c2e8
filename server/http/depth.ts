import { ApiError } from './errors';

export const MAX_JSON_DEPTH = 32;

/** Nesting depth of parsed JSON, without recursion (a hostile body can nest thousands deep). */
export function jsonDepth(value: unknown, stopAt = MAX_JSON_DEPTH + 1): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max >= stopAt) return max;
    for (const child of Object.values(v)) stack.push([child, depth]);
  }
  return max;
}

/** Refuses bodies nested deeper than any record needs, before validators recurse into them. */
export function checkDepth(body: unknown): void {
  if (jsonDepth(body) > MAX_JSON_DEPTH) {
    throw new ApiError(400, 'too-deep', `The request nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
}
