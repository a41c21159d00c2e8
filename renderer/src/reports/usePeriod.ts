import { lastFullQuarter, parsePeriod, type ReportPeriod } from '@shared/reports/index';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';

/** The report period from ?from=&to= (shareable, printable), the last full quarter by default. */
export function usePeriod(timeZone: string | undefined): {
  period: ReportPeriod;
  setPeriod: (p: ReportPeriod) => void;
} {
  const [params, setParams] = useSearchParams();
  const [now] = useState(() => new Date());
  const period =
    parsePeriod(params.get('from'), params.get('to')) ??
    lastFullQuarter(now, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const setPeriod = useCallback(
    (p: ReportPeriod) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('from', p.from);
          next.set('to', p.to);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { period, setPeriod };
}

/** A stable "now" for one report view, so figures do not shift while it is read or printed. */
export function useReportNow(): Date {
  const [now] = useState(() => new Date());
  return now;
}
