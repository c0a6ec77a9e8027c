import { create } from 'zustand';
import type { ValidationRunView } from '../../../shared/api/validation-types';
import { api } from '../api/client';
import { useJobsStore } from './jobs-store';
import { registerProjectStore } from './project-stores';

/** Which operational scenarios a run covers: all of them, or the quick classification pair. */
export type ValidationScope = 'all' | 'quick';

/** The two scenarios that need no project (the 62304 decision table and Annex A): seconds, not a minute. */
const QUICK_SCENARIOS = ['OQ-01', 'OQ-02'];

interface ValidationState {
  running: boolean;
  /** The run this window started last, as the core recorded it. */
  last: ValidationRunView | null;
  run(scope: ValidationScope): Promise<ValidationRunView>;
  clear(): void;
}

/** "Validate Cairn on this computer": one run at a time; its progress comes through the job store. */
export const useValidationStore = create<ValidationState>()((set) => ({
  running: false,
  last: null,
  async run(scope) {
    useJobsStore.getState().clear();
    set({ running: true });
    try {
      const last = await api('validation.run', { scenarios: scope === 'all' ? 'all' : QUICK_SCENARIOS });
      set({ last });
      return last;
    } finally {
      set({ running: false });
      useJobsStore.getState().clear();
    }
  },
  clear: () => set({ last: null }),
}));

registerProjectStore('validation', useValidationStore);
