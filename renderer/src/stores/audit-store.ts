import { create } from 'zustand';
import type { AUDIT_SORT_COLUMNS, InputOf } from '../../../shared/api/contract';
import type { AuditFacets, AuditRow, ChainReport } from '../../../shared/api/audit-types';
import { api } from '../api/client';
import { messageOf } from '../api/field-errors';
import { dayBound } from '../forms/format';
import { registerProjectStore } from './project-stores';

export type AuditSortColumn = (typeof AUDIT_SORT_COLUMNS)[number];
export interface AuditSort {
  column: AuditSortColumn;
  dir: 'asc' | 'desc';
}

/** Filter values as the form holds them: dates are local calendar days (YYYY-MM-DD), empty means "any". */
export interface AuditFilter {
  text: string;
  entity: string;
  action: string;
  userId: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilter = { text: '', entity: '', action: '', userId: '', from: '', to: '' };
export const DEFAULT_SORT: AuditSort = { column: 'seq', dir: 'desc' };

/** Rows per request: a screenful or two, so scrolling anywhere costs one small query. */
export const PAGE_SIZE = 200;

interface VerifyState {
  running: boolean;
  report: ChainReport | null;
  error: string | null;
}

interface AuditState {
  sort: AuditSort;
  filter: AuditFilter;
  /** Rows matching the filter; null until the first page of the current query has arrived. */
  total: number | null;
  pages: ReadonlyMap<number, AuditRow[]>;
  /** Bumped whenever sort or filter change, so answers to an older query are dropped. */
  generation: number;
  error: string | null;
  facets: AuditFacets | null;
  selected: AuditRow | null;
  verify: VerifyState;
  ensureRange(first: number, last: number): Promise<void>;
  setSort(sort: AuditSort): Promise<void>;
  setFilter(filter: AuditFilter): Promise<void>;
  refresh(): Promise<void>;
  select(row: AuditRow | null): void;
  loadFacets(): Promise<void>;
  verifyChain(): Promise<void>;
  clear(): void;
}

function queryFilter(filter: AuditFilter): InputOf<'audit.list'>['filter'] {
  const userId = Number(filter.userId);
  return {
    text: filter.text.trim() || undefined,
    entity: filter.entity || undefined,
    action: filter.action || undefined,
    userId: Number.isInteger(userId) && userId > 0 ? userId : undefined,
    from: dayBound(filter.from, false),
    to: dayBound(filter.to, true),
  };
}

export function rowAt(pages: ReadonlyMap<number, AuditRow[]>, index: number): AuditRow | undefined {
  return pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

const inFlight = new Set<string>();
let lastRange: [number, number] = [0, PAGE_SIZE - 1];

/** The audit trail as a server-paged window: only the pages the visible rows need are ever fetched. */
export const useAuditStore = create<AuditState>()((set, get) => {
  async function fetchPage(page: number) {
    const { sort, filter } = get();
    return api('audit.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, sort, filter: queryFilter(filter) });
  }

  async function restart(changes: Partial<Pick<AuditState, 'sort' | 'filter'>>) {
    set((state) => ({ ...changes, generation: state.generation + 1, pages: new Map(), total: null, error: null }));
    await get().ensureRange(0, PAGE_SIZE - 1);
  }

  return {
    sort: DEFAULT_SORT,
    filter: EMPTY_FILTER,
    total: null,
    pages: new Map(),
    generation: 0,
    error: null,
    facets: null,
    selected: null,
    verify: { running: false, report: null, error: null },

    async ensureRange(first, last) {
      lastRange = [first, last];
      const { generation, pages } = get();
      const wanted: number[] = [];
      for (let page = Math.floor(Math.max(first, 0) / PAGE_SIZE); page <= Math.floor(Math.max(last, 0) / PAGE_SIZE); page++) {
        const key = `${generation}:${page}`;
        if (!pages.has(page) && !inFlight.has(key)) wanted.push(page);
      }
      await Promise.all(
        wanted.map(async (page) => {
          const key = `${generation}:${page}`;
          inFlight.add(key);
          try {
            const result = await fetchPage(page);
            if (get().generation !== generation) return;
            set((state) => ({ pages: new Map(state.pages).set(page, result.rows), total: result.total, error: null }));
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

    /**
     * After a change elsewhere: re-reads the pages in view, then swaps them in at once, so the visible
     * rows never blink empty while new ones load.
     */
    async refresh() {
      const generation = get().generation + 1;
      set({ generation });
      const [first, last] = lastRange;
      const firstPage = Math.floor(first / PAGE_SIZE);
      const lastPage = Math.floor(last / PAGE_SIZE);
      try {
        const fresh = new Map<number, AuditRow[]>();
        let total = 0;
        for (let page = firstPage; page <= lastPage; page++) {
          const result = await fetchPage(page);
          fresh.set(page, result.rows);
          total = result.total;
        }
        if (get().generation === generation) set({ pages: fresh, total, error: null });
      } catch (error) {
        if (get().generation === generation) set({ error: messageOf(error) });
      }
    },

    select: (selected) => set({ selected }),

    async loadFacets() {
      set({ facets: await api('audit.facets', {}) });
    },

    async verifyChain() {
      set({ verify: { running: true, report: null, error: null } });
      try {
        set({ verify: { running: false, report: await api('audit.verify', {}), error: null } });
      } catch (error) {
        set({ verify: { running: false, report: null, error: messageOf(error) } });
      }
    },

    clear() {
      set((state) => ({
        sort: DEFAULT_SORT,
        filter: EMPTY_FILTER,
        total: null,
        pages: new Map(),
        generation: state.generation + 1,
        error: null,
        facets: null,
        selected: null,
        verify: { running: false, report: null, error: null },
      }));
    },
  };
});

registerProjectStore('audit', useAuditStore, async (s) => {
  if (s.total !== null) await s.refresh();
  if (s.facets) await s.loadFacets();
});
