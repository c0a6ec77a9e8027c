import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { SigningKeyInfo, TrustedCertificateView } from '../../../shared/api/documents-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface KeysState {
  mine: SigningKeyInfo | null;
  /** Only loaded for owners: the list is theirs to manage. */
  trusted: TrustedCertificateView[] | null;
  loadMine(): Promise<void>;
  generate(input: InputOf<'keys.generate'>): Promise<void>;
  importPkcs12(input: InputOf<'keys.importPkcs12'>): Promise<void>;
  loadTrusted(): Promise<void>;
  trust(input: InputOf<'trust.add'>): Promise<void>;
  untrust(id: number): Promise<void>;
  clear(): void;
}

/** The signed-in person's signing key and the project's trusted certificates. */
export const useKeysStore = create<KeysState>()((set, get) => ({
  mine: null,
  trusted: null,
  async loadMine() {
    set({ mine: await api('keys.mine', {}) });
  },
  async generate(input) {
    set({ mine: await api('keys.generate', input) });
  },
  async importPkcs12(input) {
    set({ mine: await api('keys.importPkcs12', input) });
  },
  async loadTrusted() {
    set({ trusted: await api('trust.list', {}) });
  },
  async trust(input) {
    set({ trusted: await api('trust.add', input) });
    // Whether my own certificate counts as trusted may have changed with the list.
    await get().loadMine();
  },
  async untrust(id) {
    set({ trusted: await api('trust.remove', { id }) });
    await get().loadMine();
  },
  clear: () => set({ mine: null, trusted: null }),
}));

registerProjectStore('keys', useKeysStore, async (s) => {
  if (s.mine) await s.loadMine();
  if (s.trusted) await s.loadTrusted();
});
