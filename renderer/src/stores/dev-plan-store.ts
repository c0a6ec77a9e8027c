import { create } from 'zustand';
import type { DevPlanView } from '../../../shared/api/dev-plan-types';
import type { DevPlanStepId } from '../../../shared/dev-plan/steps';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface DevPlanState {
  plan: DevPlanView | null;
  load(): Promise<void>;
  updateStep(stepId: DevPlanStepId, text: string): Promise<void>;
  resetStep(stepId: DevPlanStepId): Promise<void>;
  markDone(stepId: DevPlanStepId, done: boolean): Promise<void>;
  clear(): void;
}

/** The development plan; every change returns the whole plan, so progress and "missing" stay exact. */
export const useDevPlanStore = create<DevPlanState>()((set) => ({
  plan: null,
  async load() {
    set({ plan: await api('devPlan.get', {}) });
  },
  async updateStep(stepId, text) {
    set({ plan: await api('devPlan.updateStep', { stepId, text }) });
  },
  async resetStep(stepId) {
    set({ plan: await api('devPlan.resetStep', { stepId }) });
  },
  async markDone(stepId, done) {
    set({ plan: await api('devPlan.markDone', { stepIds: [stepId], done }) });
  },
  clear: () => set({ plan: null }),
}));

registerProjectStore('dev-plan', useDevPlanStore);
