import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import './truncate.css';

interface Props {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * A screen: its heading takes focus on arrival so keyboard and screen-reader users land on it.
 * Arrival only: a title that changes in place (the record edited on another device and synced)
 * must not pull focus away from where the user is working.
 */
export function Page({ title, actions, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [pathname]);
  useEffect(() => {
    document.title = `${title} · Steward`;
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page__header">
        <h1 id="page-title" ref={heading} tabIndex={-1} className="page__title" title={title}>
          {title}
        </h1>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </header>
      <div className="page__body">{children}</div>
    </section>
  );
}
