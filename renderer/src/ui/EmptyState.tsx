import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface Props {
  icon: LucideIcon;
  title: string;
  body: string;
  children?: ReactNode;
}

export function EmptyState({ icon: Icon, title, body, children }: Props) {
  return (
    <div className="empty-state">
      <Icon className="empty-state__icon" aria-hidden="true" size={40} strokeWidth={1.5} />
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__body">{body}</p>
      {children}
    </div>
  );
}
