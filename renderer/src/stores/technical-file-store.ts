import { create } from 'zustand';
import type { TechnicalFileIndexView } from '../../../shared/api/technical-file-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface TechnicalFileState {
  index: TechnicalFileIndexView | null;
  /** Reads the index again: it is computed from the records each time, never stored. */
  load(): Promise<void>;
  setReference(element: string, reference: string): Promise<void>;
  removeReference(element: string): Promise<void>;
  clear(): void;
}

/** The technical file's index of required elements and the outside-Cairn references kept for them. */
export const useTechnicalFileStore = create<TechnicalFileState>()((set) => ({
  index: null,
  async load() {
    set({ index: await api('technicalFile.index', {}) });
  },
  async setReference(element, reference) {
    set({ index: await api('technicalFile.setReference', { element, reference }) });
  },
  async removeReference(element) {
    set({ index: await api('technicalFile.removeReference', { element }) });
  },
  clear: () => set({ index: null }),
}));

registerProjectStore('technical-file', useTechnicalFileStore, (s) => (s.index ? s.load() : undefined));
