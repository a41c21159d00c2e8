import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Who a business review is for. The client edition (the default, what is sent) explains each
 * figure in plain words; the internal edition adds how the health score is computed and weighted.
 */
export type ReviewEdition = 'client' | 'internal';

export interface ReviewOptions {
  edition: ReviewEdition;
  /** Every open incident in an appendix; the body lists only the first RANKING_TOP. */
  appendix: boolean;
}

/** How many of the client's ranked open incidents the review's body lists. */
export const RANKING_TOP = 20;

/** ?edition=client|internal&appendix=1|0; the appendix is off by default in the client edition. */
export function reviewOptions(params: URLSearchParams): ReviewOptions {
  const edition: ReviewEdition = params.get('edition') === 'internal' ? 'internal' : 'client';
  const flag = params.get('appendix');
  return { edition, appendix: flag === null ? edition === 'internal' : flag === '1' };
}

export function reviewQuery(o: ReviewOptions): string {
  return `edition=${o.edition}&appendix=${o.appendix ? '1' : '0'}`;
}

/** The first `top` rows, and how many more there are. */
export function summarise<T>(rows: readonly T[], top = RANKING_TOP): { shown: T[]; more: number } {
  return { shown: rows.slice(0, top), more: Math.max(0, rows.length - top) };
}

/** The review options of the current route, kept in its query so the print route gets the same. */
export function useReviewOptions(): [ReviewOptions, (o: ReviewOptions) => void] {
  const [params, setParams] = useSearchParams();
  const options = reviewOptions(params);
  const set = useCallback(
    (o: ReviewOptions) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('edition', o.edition);
          next.set('appendix', o.appendix ? '1' : '0');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [options, set];
}
