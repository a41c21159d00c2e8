import { create } from 'zustand';
import type { SyncFailure } from './api';

export interface SyncProgressState {
  done: number;
  total: number;
}

export interface SyncUiState {
  /** From the server's heartbeat; null before the first check or when signed out. */
  online: boolean | null;
  syncing: boolean;
  /** Set while a fresh device downloads the workspace. */
  bootstrap: SyncProgressState | null;
  lastSyncAt: number | null;
  lastError: SyncFailure | null;
  /** When the next automatic retry runs after a failure (ms). */
  retryAt: number | null;
  /** Why the token was kept in memory only (no safe storage): the next launch asks again. */
  tokenNotSaved: 'insecure-backend' | 'unavailable' | null;
}

export const INITIAL_SYNC_STATE: SyncUiState = {
  online: null,
  syncing: false,
  bootstrap: null,
  lastSyncAt: null,
  lastError: null,
  retryAt: null,
  tokenNotSaved: null,
};

/** What the sync loop is doing, for the status indicator (data itself stays in Dexie). */
export const useSyncState = create<SyncUiState>(() => ({ ...INITIAL_SYNC_STATE }));
