import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { QmsOverview, QmsProcedureDetail, QmsRecordView, QmsTrainingView } from '../../../shared/api/qms-types';
import type { RecordFields, RecordKind } from '../../../shared/qms/records';
import type { ScopeAnswers } from '../../../shared/qms/scope';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface QmsState {
  overview: QmsOverview | null;
  procedure: QmsProcedureDetail | null;
  records: Partial<Record<RecordKind, QmsRecordView[]>>;
  training: QmsTrainingView | null;
  load(): Promise<void>;
  saveCompany(changes: InputOf<'qms.saveCompany'>): Promise<void>;
  applyScope(answers: ScopeAnswers): Promise<void>;
  setClause(input: InputOf<'qms.setClause'>): Promise<void>;
  generate(): Promise<void>;
  openProcedure(key: string | null): Promise<void>;
  updateSection(sectionId: string, text: string): Promise<void>;
  resetSection(sectionId: string): Promise<void>;
  loadRecords(kind: RecordKind): Promise<void>;
  saveRecord(kind: RecordKind, id: number | undefined, fields: RecordFields): Promise<void>;
  loadTraining(): Promise<void>;
  recordTraining(input: InputOf<'qms.recordTraining'>): Promise<void>;
  clear(): void;
}

/** The QMS area: the overview is the core's answer after every change, so coverage and training stay as the core derives them. */
export const useQmsStore = create<QmsState>()((set, get) => {
  /** A procedure edit changes the overview (edited sections, drift) too. */
  async function afterProcedureChange(detail: QmsProcedureDetail) {
    set({ procedure: detail, overview: await api('qms.get', {}) });
  }
  return {
    overview: null,
    procedure: null,
    records: {},
    training: null,
    async load() {
      set({ overview: await api('qms.get', {}) });
    },
    async saveCompany(changes) {
      set({ overview: await api('qms.saveCompany', changes) });
    },
    async applyScope(answers) {
      set({ overview: await api('qms.applyScope', answers) });
    },
    async setClause(input) {
      set({ overview: await api('qms.setClause', input) });
    },
    async generate() {
      set({ overview: await api('qms.generateDocuments', {}) });
    },
    async openProcedure(key) {
      set({ procedure: key === null ? null : await api('qms.procedure', { key }) });
    },
    async updateSection(sectionId, text) {
      const key = get().procedure?.key;
      if (key) await afterProcedureChange(await api('qms.updateSection', { key, sectionId, text }));
    },
    async resetSection(sectionId) {
      const key = get().procedure?.key;
      if (key) await afterProcedureChange(await api('qms.resetSection', { key, sectionId }));
    },
    async loadRecords(kind) {
      const list = await api('qms.records', { kind });
      set({ records: { ...get().records, [kind]: list } });
    },
    async saveRecord(kind, id, fields) {
      const list = await api('qms.saveRecord', { kind, fields, ...(id === undefined ? {} : { id }) });
      set({ records: { ...get().records, [kind]: list } });
    },
    async loadTraining() {
      set({ training: await api('qms.training', {}) });
    },
    async recordTraining(input) {
      set({ training: await api('qms.recordTraining', input), overview: await api('qms.get', {}) });
    },
    clear: () => set({ overview: null, procedure: null, records: {}, training: null }),
  };
});

registerProjectStore('qms', useQmsStore);
