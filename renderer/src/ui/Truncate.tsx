import type { ReactNode } from 'react';
import './truncate.css';

interface Props {
  /** The whole text: shown on hover (title) and read whole by screen readers. */
  text: string;
  /** What to render when it is not the plain text, e.g. a link around it. */
  children?: ReactNode;
  className?: string | undefined;
}

/**
 * Text of any length on one line, cut with an ellipsis so it never pushes the columns or the
 * actions beside it off-screen (tables, lists, headers). The full text stays in the DOM for
 * screen readers and shows on hover; a link inside wraps to show it all while it has focus.
 */
export function Truncate({ text, children, className }: Props) {
  return (
    <span className={className === undefined ? 'truncate' : `truncate ${className}`} title={text}>
      {children ?? text}
    </span>
  );
}
