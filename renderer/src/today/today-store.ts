import { create } from 'zustand';
import type { TodayScope } from './today-model';

interface TodayUiState {
  scope: TodayScope;
  setScope: (scope: TodayScope) => void;
}

/** UI state only (the data lives in Dexie): "my accounts" by default, kept across visits. */
export const useTodayUi = create<TodayUiState>((set) => ({
  scope: 'mine',
  setScope: (scope) => set({ scope }),
}));
