import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { TestCase, TestRunDetail, TestRunSummary, VersionStatus } from '../../../shared/api/tests-types';
import { api } from '../api/client';
import { confirmLeave } from './unsaved-store';
import { registerProjectStore } from './project-stores';

/** A record a case can verify, as the picker lists it. */
export interface Verifiable {
  id: number;
  humanId: string;
  title: string;
}

/** What the case editor edits; built by `draftOf` so a draft and a case compare key for key. */
export type CaseDraft = Required<Omit<InputOf<'tests.createCase'>, 'requirementIds' | 'riskControlIds'>>;

export const draftOf = (c: TestCase): CaseDraft => ({
  title: c.title,
  level: c.level,
  objective: c.objective,
  preconditions: c.preconditions,
  passCriteria: c.passCriteria,
  automated: c.automated,
  steps: c.steps.map(({ action, expected }) => ({ action, expected })),
});

const sameIds = (a: readonly { id: number }[], b: readonly number[]) => JSON.stringify(a.map((x) => x.id).sort()) === JSON.stringify([...b].sort());

interface TestsState {
  cases: TestCase[] | null;
  runs: TestRunSummary[] | null;
  /** Requirements and risk controls, for the "verifies" picker. */
  requirements: Verifiable[];
  riskControls: Verifiable[];
  selectedCaseId: number | 'new' | null;
  run: TestRunDetail | null;
  status: VersionStatus | null;
  load(): Promise<void>;
  loadTargets(): Promise<void>;
  selectCase(id: number | 'new' | null): void;
  saveCase(id: number | null, draft: CaseDraft, verifies: { requirementIds: number[]; riskControlIds: number[] }): Promise<void>;
  retireCase(id: number, retired: boolean): Promise<void>;
  openRun(id: number | null): Promise<void>;
  /** Runs a call that answers with the open run, and shows that answer. */
  onRun(call: Promise<TestRunDetail>): Promise<void>;
  loadStatus(softwareVersion: string): Promise<void>;
  clear(): void;
}

/** Test cases, runs and per-version status; every change reloads from the core, which owns the outcomes. */
export const useTestsStore = create<TestsState>()((set, get) => ({
  cases: null,
  runs: null,
  requirements: [],
  riskControls: [],
  selectedCaseId: null,
  run: null,
  status: null,
  async load() {
    const [cases, runs] = await Promise.all([api('tests.cases', {}), api('tests.runs', {})]);
    set({ cases, runs });
  },
  async loadTargets() {
    const [requirements, risks] = await Promise.all([api('requirements.list', { limit: 1000 }), api('risk.list', {})]);
    const controls = new Map(risks.rows.flatMap((r) => r.controls).map((c) => [c.id, { id: c.id, humanId: c.humanId, title: c.name }]));
    set({
      requirements: requirements.rows.map((r) => ({ id: r.id, humanId: r.humanId, title: r.title || r.text })),
      riskControls: [...controls.values()].sort((a, b) => a.id - b.id),
    });
  },
  selectCase: (selectedCaseId) => {
    if (confirmLeave()) set({ selectedCaseId });
  },
  async saveCase(id, draft, verifies) {
    const current = id === null ? undefined : get().cases?.find((c) => c.id === id);
    if (!current) {
      const created = await api('tests.createCase', { ...draft, ...verifies });
      set({ selectedCaseId: created.id });
    } else {
      // Only what changed is sent: an edit of the steps alone should not touch the links, nor the reverse.
      if (JSON.stringify(draft) !== JSON.stringify(draftOf(current))) await api('tests.updateCase', { id: current.id, ...draft });
      if (!sameIds(current.requirements, verifies.requirementIds) || !sameIds(current.riskControls, verifies.riskControlIds))
        await api('tests.setVerifies', { id: current.id, ...verifies });
    }
    await get().load();
  },
  async retireCase(id, retired) {
    await api('tests.retireCase', { id, retired });
    await get().load();
  },
  async openRun(id) {
    set({ run: id === null ? null : await api('tests.getRun', { id }) });
  },
  async onRun(call) {
    const run = await call;
    set({ run });
    set({ runs: await api('tests.runs', {}) });
  },
  async loadStatus(softwareVersion) {
    set({ status: await api('tests.status', { softwareVersion }) });
  },
  clear: () => set({ cases: null, runs: null, requirements: [], riskControls: [], selectedCaseId: null, run: null, status: null }),
}));

registerProjectStore('tests', useTestsStore);
