import { create } from 'zustand';
import type { GapReport, TraceMatrix } from '../../../shared/api/trace-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface TraceState {
  gaps: GapReport | null;
  matrix: TraceMatrix | null;
  load(): Promise<void>;
  /** Marks links reviewed, then reloads both views: a cleared link changes the gaps and the matrix. */
  review(linkIds: number[]): Promise<void>;
  clear(): void;
}

/** The gap report and the trace matrix, always loaded together so they never disagree. */
export const useTraceStore = create<TraceState>()((set, get) => ({
  gaps: null,
  matrix: null,
  async load() {
    const [gaps, matrix] = await Promise.all([api('trace.gaps', {}), api('trace.matrix', {})]);
    set({ gaps, matrix });
  },
  async review(linkIds) {
    await api('trace.review', { linkIds });
    await get().load();
  },
  clear: () => set({ gaps: null, matrix: null }),
}));

registerProjectStore('trace', useTraceStore);
