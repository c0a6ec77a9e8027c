import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { REQUIREMENT_SORT_COLUMNS } from '../../../shared/api/methods/requirements';
import type { SoftwareNode } from '../../../shared/api/software-types';
import type { Requirement, RequirementsOverview } from '../../../shared/api/requirements-types';
import { api } from '../api/client';
import { messageOf } from '../api/field-errors';
import { registerProjectStore } from './project-stores';
import { confirmLeave } from './unsaved-store';

export type RequirementSortColumn = (typeof REQUIREMENT_SORT_COLUMNS)[number];
export interface RequirementSort {
  column: RequirementSortColumn;
  dir: 'asc' | 'desc';
}
export type RequirementFilter = InputOf<'requirements.list'>['filter'] & object;
export type RequirementPatch = Omit<InputOf<'requirements.update'>, 'id'>;
export type BulkSet = InputOf<'requirements.bulkUpdate'>['set'];

/** Rows per request: a few screenfuls, so scrolling anywhere in 10k rows costs one small query. */
export const PAGE_SIZE = 200;
const DEFAULT_SORT: RequirementSort = { column: 'humanId', dir: 'asc' };

interface RequirementsState {
  sort: RequirementSort;
  filter: RequirementFilter;
  total: number | null;
  pages: ReadonlyMap<number, Requirement[]>;
  generation: number;
  selected: ReadonlySet<number>;
  overview: RequirementsOverview | null;
  tree: SoftwareNode[];
  error: string | null;
  notice: string | null;
  /** The requirement whose detail panel is open. */
  detailId: number | null;
  /** Whether the panel takes the focus when it opens (it was opened from the keyboard). */
  detailFocus: boolean;
  /** Opens (or, with null, closes) the detail panel; asks first when the panel holds unsaved text. */
  openDetail(id: number | null, focus?: boolean): boolean;
  ensureRange(first: number, last: number): Promise<void>;
  setSort(sort: RequirementSort): Promise<void>;
  setFilter(filter: RequirementFilter): Promise<void>;
  /** Re-reads what is on screen and the counts, after any change. */
  refresh(notice?: string): Promise<void>;
  loadContext(): Promise<void>;
  toggle(id: number): void;
  selectOnly(ids: number[]): void;
  update(id: number, patch: RequirementPatch): Promise<void>;
  bulkUpdate(set: BulkSet): Promise<void>;
  remove(id: number): Promise<void>;
  setItems(requirement: Requirement, itemIds: number[]): Promise<void>;
  say(error: string | null, notice?: string | null): void;
  clear(): void;
}

export function rowAt(pages: ReadonlyMap<number, Requirement[]>, index: number): Requirement | undefined {
  return pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

const inFlight = new Set<string>();
let viewRange: [number, number] = [0, PAGE_SIZE - 1];

/** The requirements table as a server-paged window, its selection, and every edit made from the screen. */
export const useRequirementsStore = create<RequirementsState>()((set, get) => {
  const fetchPage = (page: number) => api('requirements.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, sort: get().sort, filter: get().filter });

  async function restart(changes: Partial<Pick<RequirementsState, 'sort' | 'filter'>>) {
    set((s) => ({ ...changes, generation: s.generation + 1, pages: new Map(), total: null, error: null }));
    await get().ensureRange(0, PAGE_SIZE - 1);
  }

  /** Runs one edit: on success refreshes with a notice, on refusal shows the core's message. */
  async function edit(work: () => Promise<unknown>, notice: string) {
    try {
      await work();
      await get().refresh(notice);
    } catch (error) {
      set({ error: messageOf(error), notice: null });
      throw error;
    }
  }

  return {
    sort: DEFAULT_SORT,
    filter: {},
    total: null,
    pages: new Map(),
    generation: 0,
    selected: new Set(),
    overview: null,
    tree: [],
    error: null,
    notice: null,
    detailId: null,
    detailFocus: false,

    openDetail(id, focus = false) {
      if (id === get().detailId) return true;
      if (!confirmLeave()) return false;
      set({ detailId: id, detailFocus: focus });
      return true;
    },

    async ensureRange(first, last) {
      viewRange = [first, last];
      const { generation, pages } = get();
      const firstPage = Math.floor(Math.max(first, 0) / PAGE_SIZE);
      const lastPage = Math.floor(Math.max(last, 0) / PAGE_SIZE);
      const wanted = [];
      for (let page = firstPage; page <= lastPage; page++) if (!pages.has(page) && !inFlight.has(`${generation}:${page}`)) wanted.push(page);
      await Promise.all(
        wanted.map(async (page) => {
          const key = `${generation}:${page}`;
          inFlight.add(key);
          try {
            const result = await fetchPage(page);
            if (get().generation === generation) set((s) => ({ pages: new Map(s.pages).set(page, result.rows), total: result.total }));
          } catch (error) {
            if (get().generation === generation) set({ error: messageOf(error) });
          } finally {
            inFlight.delete(key);
          }
        }),
      );
    },

    setSort: (sort) => restart({ sort }),
    setFilter: (filter) => restart({ filter }),

    async refresh(notice) {
      const generation = get().generation + 1;
      set({ generation });
      try {
        const fresh = new Map<number, Requirement[]>();
        let total = 0;
        for (let page = Math.floor(viewRange[0] / PAGE_SIZE); page <= Math.floor(viewRange[1] / PAGE_SIZE); page++) {
          const result = await fetchPage(page);
          fresh.set(page, result.rows);
          total = result.total;
        }
        const overview = await api('requirements.overview', {});
        if (get().generation === generation) set({ pages: fresh, total, overview, error: null, ...(notice ? { notice } : {}) });
      } catch (error) {
        if (get().generation === generation) set({ error: messageOf(error) });
      }
    },

    async loadContext() {
      const [overview, tree] = await Promise.all([api('requirements.overview', {}), api('software.tree', {})]);
      set({ overview, tree });
    },

    toggle(id) {
      const selected = new Set(get().selected);
      if (!selected.delete(id)) selected.add(id);
      set({ selected });
    },
    selectOnly: (ids) => set({ selected: new Set(ids) }),

    update: (id, patch) => edit(() => api('requirements.update', { id, ...patch }), 'Saved.'),

    async bulkUpdate(values) {
      const ids = [...get().selected];
      let updated = 0;
      await edit(async () => {
        updated = (await api('requirements.bulkUpdate', { ids, set: values })).updated;
      }, 'Updated.');
      set({ notice: `${updated} of ${ids.length} requirements updated.` });
    },

    async remove(id) {
      let removed = '';
      await edit(async () => {
        removed = (await api('requirements.remove', { id })).removed;
      }, 'Removed.');
      const selected = new Set(get().selected);
      selected.delete(id);
      set({ selected, notice: `${removed} removed; its ID will not be used again.`, ...(get().detailId === id ? { detailId: null } : {}) });
    },

    async setItems(requirement, itemIds) {
      const current = requirement.items.map((i) => i.id);
      await edit(async () => {
        for (const itemId of current.filter((i) => !itemIds.includes(i))) await api('requirements.unlinkItem', { id: requirement.id, itemId });
        for (const itemId of itemIds.filter((i) => !current.includes(i))) await api('requirements.linkItem', { id: requirement.id, itemId });
      }, `Software items of ${requirement.humanId} saved.`);
    },

    say: (error, notice = null) => set({ error, notice }),

    clear() {
      set((s) => ({
        sort: DEFAULT_SORT,
        filter: {},
        total: null,
        pages: new Map(),
        generation: s.generation + 1,
        selected: new Set(),
        overview: null,
        tree: [],
        error: null,
        notice: null,
        detailId: null,
      }));
    },
  };
});

registerProjectStore('requirements', useRequirementsStore);
