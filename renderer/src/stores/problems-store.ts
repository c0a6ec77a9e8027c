import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { ProblemTrend, ProblemView } from '../../../shared/api/problems-types';
import { api } from '../api/client';
import { confirmLeave } from './unsaved-store';
import { registerProjectStore } from './project-stores';

interface ProblemsState {
  problems: ProblemView[] | null;
  trend: ProblemTrend | null;
  selectedId: number | null;
  load(): Promise<void>;
  select(id: number | null): void;
  create(input: InputOf<'problems.create'>): Promise<ProblemView>;
  update(input: InputOf<'problems.update'>): Promise<void>;
  evaluateRisk(input: InputOf<'problems.evaluateRisk'>): Promise<void>;
  evaluateAnomaly(input: InputOf<'problems.evaluateAnomaly'>): Promise<void>;
  setStatus(input: InputOf<'problems.setStatus'>): Promise<void>;
  clear(): void;
}

/** Problem reports and their trend; every change reloads both, so gaps and counts stay the core's. */
export const useProblemsStore = create<ProblemsState>()((set, get) => ({
  problems: null,
  trend: null,
  selectedId: null,
  async load() {
    const [list, trend] = await Promise.all([api('problems.list', {}), api('problems.trend', {})]);
    set({ problems: list.problems, trend });
  },
  select: (selectedId) => {
    if (confirmLeave()) set({ selectedId });
  },
  async create(input) {
    const created = await api('problems.create', input);
    set({ selectedId: created.id });
    await get().load();
    return created;
  },
  async update(input) {
    await api('problems.update', input);
    await get().load();
  },
  async evaluateRisk(input) {
    await api('problems.evaluateRisk', input);
    await get().load();
  },
  async evaluateAnomaly(input) {
    await api('problems.evaluateAnomaly', input);
    await get().load();
  },
  async setStatus(input) {
    await api('problems.setStatus', input);
    await get().load();
  },
  clear: () => set({ problems: null, trend: null, selectedId: null }),
}));

registerProjectStore('problems', useProblemsStore);
