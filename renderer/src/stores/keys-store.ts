import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { SigningKeyInfo } from '../../../shared/api/documents-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface KeysState {
  mine: SigningKeyInfo | null;
  loadMine(): Promise<void>;
  generate(input: InputOf<'keys.generate'>): Promise<void>;
  importPkcs12(input: InputOf<'keys.importPkcs12'>): Promise<void>;
  clear(): void;
}

/** The signed-in person's signing key. */
export const useKeysStore = create<KeysState>()((set) => ({
  mine: null,
  async loadMine() {
    set({ mine: await api('keys.mine', {}) });
  },
  async generate(input) {
    set({ mine: await api('keys.generate', input) });
  },
  async importPkcs12(input) {
    set({ mine: await api('keys.importPkcs12', input) });
  },
  clear: () => set({ mine: null }),
}));

registerProjectStore('keys', useKeysStore, async (s) => {
  if (s.mine) await s.loadMine();
});
