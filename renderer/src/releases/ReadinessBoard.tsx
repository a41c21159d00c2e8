import { PLAN_NAMES } from '@shared/domain/types';
import type { Release } from '@shared/schemas/index';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CELL_STATES, type BoardRow, type StateCounts } from './board';
import { formatDay } from './format';
import { StateBadge } from './StateBadge';
import { Truncate } from '../ui/Truncate';

interface Props {
  releases: Release[];
  rows: BoardRow[];
  counts: Map<string, StateCounts>;
  /** The upcoming release: the board opens scrolled so it (and the one after) are in view. */
  upcomingId?: string | null;
}

/** The releases × accounts grid: a real table, so screen readers announce row and column. */
export function ReadinessBoard({ releases, rows, counts, upcomingId = null }: Props) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const columnsKey = releases.map((r) => r.id).join();
  // Wide boards overflow to the right, where the upcoming release is: bring it into view on
  // arrival and when the columns change, not on every live update (the user may have scrolled).
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box === null || upcomingId === null) return;
    const index = releases.findIndex((r) => r.id === upcomingId);
    const last =
      box.querySelectorAll<HTMLElement>('thead th[data-release]')[
        Math.min(index + 1, releases.length - 1)
      ];
    if (index < 0 || last === undefined) return;
    // Its right edge (and the next one's) flush with the visible box's right edge.
    box.scrollLeft += last.getBoundingClientRect().right - box.getBoundingClientRect().right;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- columnsKey stands for releases
  }, [upcomingId, columnsKey]);
  return (
    <div
      ref={scroller}
      className="board-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('releases.boardScroll')}
    >
      <table className="table table--rowheads board">
        <thead>
          <tr>
            <th scope="col">{t('releases.account')}</th>
            <th scope="col">{t('releases.plan')}</th>
            {releases.map((r) => (
              <th
                scope="col"
                key={r.id}
                data-release={r.id}
                className={r.id === upcomingId ? 'board__upcoming' : undefined}
              >
                <Link to={`/releases/${r.id}`}>{r.version}</Link>
                <span className="board__date">{formatDay(r.releaseDate, i18n.language)}</span>
                {r.id === upcomingId ? (
                  <span className="badge badge--info">{t('releases.upcoming')}</span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ account, entitled, cells }) => (
            <tr key={account.id} className={entitled ? undefined : 'board__row--excluded'}>
              <th scope="row">
                <Truncate text={account.name}>
                  <Link to={`/accounts/${account.id}`}>{account.name}</Link>
                </Truncate>
              </th>
              <td>{PLAN_NAMES[account.plan]}</td>
              {cells.map((cell) => (
                <td key={cell.release.id} className={`board__cell board__cell--${cell.state}`}>
                  {entitled ? (
                    <Link
                      className="board__link"
                      to={`/releases/${cell.release.id}/assess/${account.id}`}
                      aria-label={t('releases.cellLabel', {
                        release: cell.release.version,
                        account: account.name,
                        state: t(`releases.state.${cell.state}`),
                      })}
                    >
                      <StateBadge state={cell.state} compact />
                    </Link>
                  ) : (
                    <StateBadge state={cell.state} compact />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('releases.countsRow')}
            </th>
            {releases.map((r) => {
              const c = counts.get(r.id);
              return (
                <td key={r.id}>
                  <ul
                    className="board__counts"
                    aria-label={t('releases.countsFor', { release: r.version })}
                  >
                    {CELL_STATES.filter((s) => (c?.[s] ?? 0) > 0).map((s) => (
                      <li key={s}>
                        <span className="board__count">{c?.[s]}</span> {t(`releases.state.${s}`)}
                      </li>
                    ))}
                  </ul>
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
