import { create } from 'zustand';
import type { SoftwareKind, SoftwareNode } from '../../../shared/api/software-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface SoftwareState {
  tree: SoftwareNode[] | null;
  load(): Promise<void>;
  add(parentId: number | null, kind: SoftwareKind, name: string): Promise<void>;
  rename(id: number, name: string): Promise<void>;
  remove(id: number): Promise<void>;
  clear(): void;
}

/** The software tree; every change returns the whole tree from the core, so classes stay as the core derives them. */
export const useSoftwareStore = create<SoftwareState>()((set) => ({
  tree: null,
  async load() {
    set({ tree: await api('software.tree', {}) });
  },
  async add(parentId, kind, name) {
    set({ tree: await api('software.add', { parentId, kind, name }) });
  },
  async rename(id, name) {
    set({ tree: await api('software.update', { id, name }) });
  },
  async remove(id) {
    set({ tree: await api('software.remove', { id }) });
  },
  clear: () => set({ tree: null }),
}));

registerProjectStore('software', useSoftwareStore);
