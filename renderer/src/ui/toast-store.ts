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
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, durationMs?: number) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** UI-only state: the transient messages at the bottom of the window. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast, durationMs = toast.tone === 'error' ? 12_000 : 8_000) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { ...toast, id }] });
    setTimeout(() => get().dismiss(id), durationMs);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const showToast = (toast: Omit<Toast, 'id'>, durationMs?: number): number =>
  useToasts.getState().show(toast, durationMs);
