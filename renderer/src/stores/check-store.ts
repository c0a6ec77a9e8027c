import { create } from 'zustand';
import type { CheckReport } from '../../../shared/api/check-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface CheckState {
  report: CheckReport | null;
  /** Runs the check again: the findings are computed from the records each time, never stored. */
  load(): Promise<void>;
  clear(): void;
}

/** The project-wide consistency check's findings. */
export const useCheckStore = create<CheckState>()((set) => ({
  report: null,
  async load() {
    set({ report: await api('check.run', {}) });
  },
  clear: () => set({ report: null }),
}));

registerProjectStore('check', useCheckStore);
