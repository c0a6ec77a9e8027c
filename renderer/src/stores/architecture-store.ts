import { create } from 'zustand';
import type { ArchitectureView } from '../../../shared/api/architecture-types';
import type { InputOf } from '../../../shared/api/contract';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface ArchitectureState {
  view: ArchitectureView | null;
  load(): Promise<void>;
  addInterface(input: InputOf<'architecture.addInterface'>): Promise<void>;
  updateInterface(input: InputOf<'architecture.updateInterface'>): Promise<void>;
  removeInterface(id: number): Promise<void>;
  setSegregation(input: InputOf<'architecture.setSegregation'>): Promise<void>;
  setUnitDesign(input: InputOf<'architecture.setUnitDesign'>): Promise<void>;
  clear(): void;
}

/** The architecture view; each change returns the whole view, so gaps and the diagram stay as the core derives them. */
export const useArchitectureStore = create<ArchitectureState>()((set) => ({
  view: null,
  async load() {
    set({ view: await api('architecture.get', {}) });
  },
  async addInterface(input) {
    set({ view: await api('architecture.addInterface', input) });
  },
  async updateInterface(input) {
    set({ view: await api('architecture.updateInterface', input) });
  },
  async removeInterface(id) {
    set({ view: await api('architecture.removeInterface', { id }) });
  },
  async setSegregation(input) {
    set({ view: await api('architecture.setSegregation', input) });
  },
  async setUnitDesign(input) {
    set({ view: await api('architecture.setUnitDesign', input) });
  },
  clear: () => set({ view: null }),
}));

registerProjectStore('architecture', useArchitectureStore);
