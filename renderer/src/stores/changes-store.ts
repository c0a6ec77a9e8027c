import { create } from 'zustand';
import type { ChangeView } from '../../../shared/api/changes-types';
import type { InputOf } from '../../../shared/api/contract';
import { api } from '../api/client';
import { confirmLeave } from './unsaved-store';
import { registerProjectStore } from './project-stores';

interface ChangesState {
  changes: ChangeView[] | null;
  selectedId: number | null;
  load(): Promise<void>;
  select(id: number | null): void;
  create(input: InputOf<'changes.create'>): Promise<ChangeView>;
  update(input: InputOf<'changes.update'>): Promise<void>;
  setTargets(input: InputOf<'changes.setTargets'>): Promise<void>;
  assess(input: InputOf<'changes.assessSignificance'>): Promise<void>;
  approve(id: number, password: string): Promise<number>;
  setStatus(input: InputOf<'changes.setStatus'>): Promise<void>;
  clear(): void;
}

/** Change requests; every change reloads the list, so impact and approval gaps stay the core's. */
export const useChangesStore = create<ChangesState>()((set, get) => ({
  changes: null,
  selectedId: null,
  async load() {
    set({ changes: (await api('changes.list', {})).changes });
  },
  select: (selectedId) => {
    if (confirmLeave()) set({ selectedId });
  },
  async create(input) {
    const created = await api('changes.create', input);
    set({ selectedId: created.id });
    await get().load();
    return created;
  },
  async update(input) {
    await api('changes.update', input);
    await get().load();
  },
  async setTargets(input) {
    await api('changes.setTargets', input);
    await get().load();
  },
  async assess(input) {
    await api('changes.assessSignificance', input);
    await get().load();
  },
  async approve(id, password) {
    const { suspectLinks } = await api('changes.approve', { id, password });
    await get().load();
    return suspectLinks;
  },
  async setStatus(input) {
    await api('changes.setStatus', input);
    await get().load();
  },
  clear: () => set({ changes: null, selectedId: null }),
}));

registerProjectStore('changes', useChangesStore);
