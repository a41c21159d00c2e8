/**
 * Cached Intl formatters. Building an Intl.DateTimeFormat costs about a hundred times what
 * formatting with one does (ICU generates its patterns), and screens format dates per row and
 * per render: a holiday list built one per holiday on every keystroke of the account form.
 */

/** Enough for every language × zone × style the app uses; a stray caller cannot grow it forever. */
const LIMIT = 500;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Same options in another key order give the same key. Option values are all primitives. */
function keyOf(locale: string | undefined, options: object | undefined): string {
  let key = locale ?? '';
  if (options === undefined) return key;
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o).sort()) key += `|${k}=${String(o[k])}`;
  return key;
}

function cached<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let f = cache.get(key);
  if (f === undefined) {
    f = make(); // throws (bad zone, bad locale) before anything is stored
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, f);
  }
  return f;
}

export function dateTimeFormat(
  locale: string | undefined,
  options?: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    dateFormats,
    keyOf(locale, options),
    () => new Intl.DateTimeFormat(locale, options),
  );
}

export function numberFormat(
  locale: string | undefined,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return cached(
    numberFormats,
    keyOf(locale, options),
    () => new Intl.NumberFormat(locale, options),
  );
}

/** How many formatters are cached (for tests). */
export function cachedFormatCount(): number {
  return dateFormats.size + numberFormats.size;
}
