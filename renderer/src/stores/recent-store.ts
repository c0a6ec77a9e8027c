import { create } from 'zustand';
import type { RecentProject } from '../../../shared/api/recent-types';
import { api } from '../api/client';

interface RecentState {
  items: RecentProject[] | null;
  load(): Promise<void>;
  forget(path: string): Promise<void>;
}

/** Projects opened on this computer (app-level state, not project data). */
export const useRecentStore = create<RecentState>()((set) => ({
  items: null,
  async load() {
    set({ items: await api('recent.list', {}) });
  },
  async forget(path) {
    set({ items: await api('recent.forget', { path }) });
  },
}));
