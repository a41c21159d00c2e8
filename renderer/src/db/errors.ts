/** A write the schema refused: nothing was stored. Each issue names the field and what is wrong. */
export class RecordValidationError extends Error {
  override name = 'RecordValidationError';
  constructor(
    readonly issues: Array<{ path: string; message: string }>,
    what: string,
  ) {
    super(`${what} was not saved: ${issues.map((i) => i.message).join('; ')}`);
  }

  /** Messages keyed by field path, for forms. */
  byField(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) out[issue.path] ??= issue.message;
    return out;
  }
}

/** The browser refused to store more: tell the user, never drop data silently. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super(
      'The device has no room left for Steward’s data, so the last change was not saved. ' +
        'Free some disk space or export and remove old data, then try again.',
    );
  }
}

export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: string; inner?: unknown };
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaExceeded(inner));
}

/** Rewrites storage-quota failures into StorageFullError; other errors pass through. */
export async function guardQuota<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError();
    throw error;
  }
}
