import { create } from 'zustand';
import type { ExportedPdf, PdfVerification } from '../../../shared/api/documents-types';
import type { TechnicalFileExport } from '../../../shared/api/technical-file-types';
import { api } from '../api/client';
import { useJobsStore } from './jobs-store';

export type ExportMethod = 'documents.exportPdf' | 'documents.exportTechnicalFile';

interface DocumentsExportState {
  /** The export this window is waiting for; its progress comes through the job store. */
  running: ExportMethod | null;
  exportDocument(documentId: number, version: number | undefined, sign: boolean, password: string): Promise<ExportedPdf>;
  exportTechnicalFile(sign: boolean, password: string): Promise<TechnicalFileExport>;
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
    exportDocument: (documentId, version, sign, password) =>
      track('documents.exportPdf', () => api('documents.exportPdf', { documentId, version, sign, password: sign ? password : undefined })),
    exportTechnicalFile: (sign, password) => track('documents.exportTechnicalFile', () => api('documents.exportTechnicalFile', { sign, password: sign ? password : undefined })),
    async cancel() {
      const method = get().running;
      if (!method) return false;
      return (await api('jobs.cancel', { method })).cancelled;
    },
    verify: (base64) => api('documents.verifyPdf', { base64 }),
  };
});
