import { create } from 'zustand';
import type { ProjectSummary } from '../../../shared/api/types';
import type { WalkStatus } from '../../../shared/api/walk-types';
import { api } from '../api/client';
import { useSessionStore } from './session-store';
import { registerProjectStore } from './project-stores';

interface ProjectSummaryState {
  summary: ProjectSummary | null;
  /** Each stage of the life cycle with its state from the records. */
  walk: WalkStatus | null;
  load(): Promise<void>;
  update(changes: { productName?: string; manufacturer?: string }): Promise<void>;
  clear(): void;
}

export const useProjectSummaryStore = create<ProjectSummaryState>()((set, get) => ({
  summary: null,
  walk: null,
  async load() {
    const [summary, walk] = await Promise.all([api('project.summary', {}), api('walk.status', {})]);
    set({ summary, walk });
  },
  async update(changes) {
    await api('project.update', changes);
    // The header shows the product name from the session status, so both are re-read from the core.
    await Promise.all([get().load(), useSessionStore.getState().refreshStatus()]);
  },
  clear: () => set({ summary: null, walk: null }),
}));

registerProjectStore('project-summary', useProjectSummaryStore, (s) => (s.summary ? s.load() : undefined));
