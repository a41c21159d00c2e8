import { X } from 'lucide-react';
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToasts, type Toast } from './toast-store';
import './toasts.css';

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className={`toast toast--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
    >
      <span className="toast__message">{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            onDismiss();
            void toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="toast__close"
        aria-label={t('common.dismiss')}
        onClick={onDismiss}
      >
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}

/**
 * The messages dock under the page, in the layout's flow (the page shrinks above it), so a
 * toast never covers what it talks about. Only the newest of each group shows; earlier ones
 * fold into an "N earlier messages" button. Polite live region: screen readers announce each toast; errors assertively.
 */
export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  const [expanded, setExpanded] = useState(false);
  const newest = toasts.at(-1);
  // The newest of each group shows (oldest group first, as they came); the rest fold.
  const latest = new Map(toasts.map((toast) => [toast.group ?? '', toast.id]));
  const heads = toasts.filter((toast) => latest.get(toast.group ?? '') === toast.id);
  const earlier = toasts.length - heads.length;
  // The page just got shorter: keep the control the user is on (often the one whose action
  // the toast reports) in view rather than behind the dock's edge.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('#main'))
      active.scrollIntoView({ block: 'nearest' });
  }, [newest?.id]);
  const shown = expanded ? toasts : heads;
  return (
    <div className="toasts" aria-live="polite">
      {earlier > 0 ? (
        <button
          type="button"
          className="toasts__more"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded((e) => !e);
          }}
        >
          {expanded ? t('common.toastsFewer') : t('common.toastsMore', { count: earlier })}
        </button>
      ) : null}
      {shown.map((toast) => (
        <ToastView
          key={toast.id}
          toast={toast}
          onDismiss={() => {
            dismiss(toast.id);
          }}
        />
      ))}
    </div>
  );
}
