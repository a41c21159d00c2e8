import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  /** When set, the section shows this sentence instead of its content: it never vanishes. */
  empty?: string | null | undefined;
  children?: ReactNode;
  className?: string;
}

export function ReportSection({ title, empty, children, className }: Props) {
  const id = useId();
  return (
    <section className={`report-section ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p className="report-empty">{empty}</p> : children}
    </section>
  );
}
