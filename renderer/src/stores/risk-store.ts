import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { SoftwareNode } from '../../../shared/api/software-types';
import type { RiskList, RiskMatrix, RiskPlanView, RiskRecords, RiskRow } from '../../../shared/api/risk-types';
import { api } from '../api/client';
import { messageOf } from '../api/field-errors';
import { DEFAULT_RISK_VIEW, type LevelCell, type RiskView } from '../../../shared/risk/table-view';
import { confirmLeave } from './unsaved-store';
import { registerProjectStore } from './project-stores';

interface RiskState {
  plan: RiskPlanView | null;
  list: RiskList | null;
  matrix: RiskMatrix | null;
  records: RiskRecords | null;
  tree: SoftwareNode[];
  view: RiskView;
  selectedId: number | null;
  error: string | null;
  notice: string | null;
  /** Reads the plan, the table, the matrix counts and the pickers' records in one go. */
  load(): Promise<void>;
  setView(change: Partial<RiskView>): void;
  select(id: number | null): void;
  /**
   * Runs one change through the core, then reloads; a refusal shows its message and is rethrown for forms.
   * `quiet` leaves the screen's message line alone on a refusal, for callers that show it where it happened.
   */
  run<T>(work: () => Promise<T>, notice: (result: T) => string, quiet?: boolean): Promise<T>;
  updatePlan(input: InputOf<'risk.updatePlan'>): Promise<void>;
  /** One level of a chain's initial or residual estimate, edited in the table; an unestimated residual starts from the initial one. */
  setLevel(row: RiskRow, cell: LevelCell, level: number): Promise<void>;
  say(error: string | null, notice?: string | null): void;
  clear(): void;
}

/**
 * The risk file as the screen sees it. The core computes every level, cell and open point; after each
 * change the store re-reads them rather than guessing, so the table and the heat maps never disagree.
 */
export const useRiskStore = create<RiskState>()((set, get) => ({
  plan: null,
  list: null,
  matrix: null,
  records: null,
  tree: [],
  view: DEFAULT_RISK_VIEW,
  selectedId: null,
  error: null,
  notice: null,

  async load() {
    try {
      const [plan, list, matrix, records, tree] = await Promise.all([
        api('risk.plan', {}),
        api('risk.list', {}),
        api('risk.matrix', {}),
        api('risk.records', {}),
        api('software.tree', {}),
      ]);
      set({ plan, list, matrix, records, tree });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },

  setView: (change) => set({ view: { ...get().view, ...change } }),
  select: (selectedId) => {
    if (confirmLeave()) set({ selectedId });
  },

  async run(work, notice, quiet = false) {
    try {
      const result = await work();
      await get().load();
      set({ error: null, notice: notice(result) });
      return result;
    } catch (error) {
      if (!quiet) set({ error: messageOf(error), notice: null });
      throw error;
    }
  },

  async updatePlan(input) {
    await get().run(
      () => api('risk.updatePlan', input),
      () => 'Risk management plan saved.',
    );
  },

  async setLevel(row, cell, level) {
    const mode = get().plan?.scales.probabilityMode ?? 'p1p2';
    const base = cell.when === 'residual' ? (row.residual ?? row.initial) : row.initial;
    // Only the parts the plan uses: a P next to P1 and P2 (or the reverse) is refused by the core.
    const estimate = { ...(mode === 'p1p2' ? { p1: base.p1, p2: base.p2 } : { p: base.p }), s: base.s, [cell.part]: level };
    const word = cell.when === 'initial' ? 'initial' : 'residual';
    await get().run(
      () => (cell.when === 'initial' ? api('risk.updateChain', { id: row.id, initial: estimate }) : api('risk.setResidual', { id: row.id, residual: estimate })),
      (changed) => {
        const result = changed[cell.when];
        return result ? `${changed.humanId} ${word} risk: ${result.cell}, ${result.acceptability}.` : `${changed.humanId} ${word} risk changed.`;
      },
    );
  },

  say: (error, notice = null) => set({ error, notice }),
  clear: () => set({ plan: null, list: null, matrix: null, records: null, tree: [], view: DEFAULT_RISK_VIEW, selectedId: null, error: null, notice: null }),
}));

registerProjectStore('risk', useRiskStore);
