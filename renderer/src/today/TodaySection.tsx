import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface SectionProps {
  id: string;
  title: string;
  count: number;
  /** What "nothing" means here, shown when there is no line. */
  empty: string;
  children: ReactNode;
}

/** One kind of thing to do: a heading with its count, then its lines or what "none" means. */
export function TodaySection({ id, title, count, empty, children }: SectionProps) {
  const headingId = `today-${id}`;
  return (
    <section className="card today-section" aria-labelledby={headingId} data-today={id}>
      <h2 id={headingId}>
        {title} <span className="today-section__count">({count})</span>
      </h2>
      {count === 0 ? (
        <p className="today-section__empty">{empty}</p>
      ) : (
        <ul className="today-list" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </section>
  );
}

interface LineProps {
  to: string;
  label: string;
  children?: ReactNode;
}

/** A line: the link to the record first (one click, one Tab stop), then what to know about it. */
export function TodayLine({ to, label, children }: LineProps) {
  return (
    <li className="today-line">
      <Link to={to} className="today-line__link" data-today-link="">
        {label}
      </Link>
      {children ? <span className="today-line__meta">{children}</span> : null}
    </li>
  );
}

/**
 * ↑ ↓ Home End move between the lines' links across sections (Tab works too): the screen reads
 * as one list of things to do.
 */
export function moveBetweenLines(event: React.KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (!target.matches('[data-today-link]')) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-today-link]')];
  const at = links.indexOf(target);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? links.length - 1
        : Math.min(links.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
  event.preventDefault();
  links[next]?.focus();
}
