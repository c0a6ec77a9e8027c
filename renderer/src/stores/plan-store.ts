import { create } from 'zustand';
import type { CompliancePlan } from '../../../shared/api/plan-types';
import type { ClauseStatus } from '../../../shared/regulatory/clause-homes';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface PlanState {
  plan: CompliancePlan | null;
  load(): Promise<void>;
  setStatus(clause: string, status: ClauseStatus, justification?: string): Promise<void>;
  clear(): void;
}

/** The IEC 62304 compliance plan; the core derives which clauses apply from the project class. */
export const usePlanStore = create<PlanState>()((set) => ({
  plan: null,
  async load() {
    set({ plan: await api('plan.get', {}) });
  },
  async setStatus(clause, status, justification = '') {
    set({ plan: await api('plan.setStatus', { clause, status, justification }) });
  },
  clear: () => set({ plan: null }),
}));

registerProjectStore('plan', usePlanStore);
