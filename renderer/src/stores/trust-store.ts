import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { TrustedCertificateView } from '../../../shared/api/documents-types';
import { api } from '../api/client';
import { useKeysStore } from './keys-store';
import { registerProjectStore } from './project-stores';

interface TrustState {
  /** Only loaded for owners: the list is theirs to manage. */
  trusted: TrustedCertificateView[] | null;
  loadTrusted(): Promise<void>;
  trust(input: InputOf<'trust.add'>): Promise<void>;
  untrust(id: number): Promise<void>;
  clear(): void;
}

/** Whether the signed-in person's own certificate counts as trusted may change with the list. */
const refreshMyKey = () => useKeysStore.getState().loadMine();

/** The project's trusted certificates. */
export const useTrustStore = create<TrustState>()((set) => ({
  trusted: null,
  async loadTrusted() {
    set({ trusted: await api('trust.list', {}) });
  },
  async trust(input) {
    set({ trusted: await api('trust.add', input) });
    await refreshMyKey();
  },
  async untrust(id) {
    set({ trusted: await api('trust.remove', { id }) });
    await refreshMyKey();
  },
  clear: () => set({ trusted: null }),
}));

registerProjectStore('trust', useTrustStore, async (s) => {
  if (s.trusted) await s.loadTrusted();
});
