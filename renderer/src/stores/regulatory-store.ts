import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { RegulatoryAssessments } from '../../../shared/api/regulatory-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface RegulatoryState {
  assessments: RegulatoryAssessments | null;
  load(): Promise<void>;
  assessMdr(input: InputOf<'regulatory.assessMdr'>): Promise<void>;
  assessFda(input: InputOf<'regulatory.assessFda'>): Promise<void>;
  clear(): void;
}

/** The EU MDR and FDA assessments on record, newest first; each new one is kept, never overwritten. */
export const useRegulatoryStore = create<RegulatoryState>()((set, get) => ({
  assessments: null,
  async load() {
    set({ assessments: await api('regulatory.assessments', {}) });
  },
  async assessMdr(input) {
    await api('regulatory.assessMdr', input);
    await get().load();
  },
  async assessFda(input) {
    await api('regulatory.assessFda', input);
    await get().load();
  },
  clear: () => set({ assessments: null }),
}));

registerProjectStore('regulatory', useRegulatoryStore);
