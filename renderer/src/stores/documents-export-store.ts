import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { ExportedPdf, PdfVerification } from '../../../shared/api/documents-types';
import type { TechnicalFileExport } from '../../../shared/api/technical-file-types';
import { api } from '../api/client';
import { useJobsStore } from './jobs-store';

export type ExportMethod = 'documents.exportPdf' | 'documents.exportTechnicalFile';

interface DocumentsExportState {
  /** The export this window is waiting for; its progress comes through the job store. */
  running: ExportMethod | null;
  exportDocument(input: InputOf<'documents.exportPdf'>): Promise<ExportedPdf>;
  exportTechnicalFile(input: InputOf<'documents.exportTechnicalFile'>): Promise<TechnicalFileExport>;
  /** Asks the running export to stop; false when it had already finished or cannot stop now. */
  cancel(): Promise<boolean>;
  verify(base64: string): Promise<PdfVerification>;
}

/** PDF exports (long jobs the person may cancel) and the check of a PDF that came back. */
export const useDocumentsExportStore = create<DocumentsExportState>()((set, get) => {
  async function track<T>(method: ExportMethod, work: () => Promise<T>): Promise<T> {
    useJobsStore.getState().clear();
    set({ running: method });
    try {
      return await work();
    } finally {
      set({ running: null });
      useJobsStore.getState().clear();
    }
  }

  return {
    running: null,
    exportDocument: (input) => track('documents.exportPdf', () => api('documents.exportPdf', input)),
    exportTechnicalFile: (input) => track('documents.exportTechnicalFile', () => api('documents.exportTechnicalFile', input)),
    async cancel() {
      const method = get().running;
      if (!method) return false;
      return (await api('jobs.cancel', { method })).cancelled;
    },
    verify: (base64) => api('documents.verifyPdf', { base64 }),
  };
});
