import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: ToastAction;
  /**
   * Toasts fold by group: background alerts ('sla') never hide the answer to what the user just
   * did (the default group), and vice versa.
   */
  group?: string;
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, durationMs?: number) => number;
  dismiss: (id: number) => void;
}

/** Kept at most; older ones are dropped (the newest shows, the others fold under it). */
export const MAX_TOASTS = 5;

let nextId = 1;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

/** UI-only state: the transient messages at the bottom of the window. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast, durationMs = toast.tone === 'error' ? 12_000 : 8_000) => {
    const id = nextId++;
    // The same message again (a second save of the same record) replaces the earlier one
    // instead of piling up a copy; a toast with an action (Undo) is always its own.
    const same = (t: Toast) =>
      t.action === undefined &&
      toast.action === undefined &&
      t.message === toast.message &&
      t.tone === toast.tone;
    const kept = get().toasts.filter((t) => {
      if (!same(t)) return true;
      clearTimeout(timers.get(t.id));
      timers.delete(t.id);
      return false;
    });
    set({ toasts: [...kept.slice(-(MAX_TOASTS - 1)), { ...toast, id }] });
    timers.set(
      id,
      setTimeout(() => get().dismiss(id), durationMs),
    );
    return id;
  },
  dismiss: (id) => {
    clearTimeout(timers.get(id));
    timers.delete(id);
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const showToast = (toast: Omit<Toast, 'id'>, durationMs?: number): number =>
  useToasts.getState().show(toast, durationMs);
