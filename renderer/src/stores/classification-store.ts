import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { ClassificationHistory, ClassificationRiskFile } from '../../../shared/api/classification-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface ClassificationState {
  history: ClassificationHistory | null;
  /** The risk file as the system being classified sees it: situations to pick and controls to credit. */
  riskFile: ClassificationRiskFile | null;
  loadHistory(id: number): Promise<void>;
  loadRiskFile(systemId: number): Promise<void>;
  classifySystem(input: InputOf<'classification.classifySystem'>): Promise<void>;
  setItemClass(input: InputOf<'classification.setItemClass'>): Promise<void>;
  clear(): void;
}

/** The classification record of the node being classified; each decision returns its full history. */
export const useClassificationStore = create<ClassificationState>()((set) => ({
  history: null,
  riskFile: null,
  async loadRiskFile(systemId) {
    set({ riskFile: null });
    set({ riskFile: await api('classification.riskFile', { systemId }) });
  },
  async loadHistory(id) {
    set({ history: null });
    set({ history: await api('classification.history', { id }) });
  },
  async classifySystem(input) {
    set({ history: await api('classification.classifySystem', input) });
  },
  async setItemClass(input) {
    set({ history: await api('classification.setItemClass', input) });
  },
  clear: () => set({ history: null, riskFile: null }),
}));

registerProjectStore('classification', useClassificationStore);
