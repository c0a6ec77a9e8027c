import { create } from 'zustand';
import type { SoupList, SoupView } from '../../../shared/api/soup-types';
import type { InputOf } from '../../../shared/api/contract';
import { api } from '../api/client';
import { confirmLeave } from './unsaved-store';
import { registerProjectStore } from './project-stores';

export interface SoupFilters {
  directOnly: boolean;
  ecosystem: string;
  /** 'missing': only items with required fields still empty; 'complete': only the others. */
  completeness: '' | 'missing' | 'complete';
  risk: string;
  text: string;
}

interface SoupState {
  list: SoupList | null;
  selectedId: number | null;
  filters: SoupFilters;
  load(): Promise<void>;
  select(id: number | null): void;
  setFilters(change: Partial<SoupFilters>): void;
  update(input: InputOf<'soup.update'>): Promise<void>;
  setItems(id: number, itemIds: number[]): Promise<void>;
  remove(id: number): Promise<void>;
  clear(): void;
}

const DEFAULT_FILTERS: SoupFilters = { directOnly: true, ecosystem: '', completeness: '', risk: '', text: '' };

/** Which items the filters let through; transitive packages are hidden by default as noise. */
export function filterSoup(items: SoupView[], f: SoupFilters): SoupView[] {
  const text = f.text.trim().toLowerCase();
  return items.filter(
    (s) =>
      (!f.directOnly || s.direct) &&
      (!f.ecosystem || s.ecosystem === f.ecosystem) &&
      (!f.risk || s.riskLevel === f.risk || (f.risk === 'none' && !s.riskLevel)) &&
      (f.completeness === '' || (f.completeness === 'missing') === s.missing.length > 0) &&
      (!text || `${s.humanId} ${s.name}`.toLowerCase().includes(text)),
  );
}

/** The SOUP list; every change reloads it from the core, so classes and missing fields stay the core's. */
export const useSoupStore = create<SoupState>()((set, get) => ({
  list: null,
  selectedId: null,
  filters: DEFAULT_FILTERS,
  async load() {
    set({ list: await api('soup.list', {}) });
  },
  select: (selectedId) => {
    if (confirmLeave()) set({ selectedId });
  },
  setFilters: (change) => set({ filters: { ...get().filters, ...change } }),
  async update(input) {
    await api('soup.update', input);
    await get().load();
  },
  async setItems(id, itemIds) {
    await api('soup.setItems', { id, itemIds });
    await get().load();
  },
  async remove(id) {
    await api('soup.remove', { id });
    set({ selectedId: null });
    await get().load();
  },
  clear: () => set({ list: null, selectedId: null, filters: DEFAULT_FILTERS }),
}));

registerProjectStore('soup', useSoupStore);
