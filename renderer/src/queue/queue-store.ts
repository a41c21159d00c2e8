import { create } from 'zustand';
import { NO_FILTERS, type QueueFilters } from './queue-model';

interface QueueUiState {
  filters: QueueFilters;
  /** Id of the active row, kept across visits so returning from an incident lands where you were. */
  activeId: string | null;
  setFilter: <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => void;
  clearFilters: () => void;
  setActiveId: (id: string | null) => void;
}

/** UI state only: the data lives in Dexie. */
export const useQueueUi = create<QueueUiState>((set) => ({
  filters: NO_FILTERS,
  activeId: null,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setActiveId: (activeId) => set({ activeId }),
}));
