import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { DocumentDetail, DocumentListItem } from '../../../shared/api/documents-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface DocumentsState {
  items: DocumentListItem[] | null;
  /** The document open in the detail view, as the core last described it. */
  detail: DocumentDetail | null;
  loadList(): Promise<void>;
  loadDetail(documentId: number): Promise<void>;
  create(input: InputOf<'documents.create'>): Promise<DocumentDetail>;
  sendForReview(input: InputOf<'documents.sendForReview'>): Promise<void>;
  sign(input: InputOf<'documents.sign'>): Promise<void>;
  returnToDraft(versionId: number, reason: string): Promise<void>;
  startRevision(documentId: number): Promise<void>;
  clear(): void;
}

/**
 * Controlled documents. Every workflow step answers with the document's new detail, which is shown at
 * once; the list is re-read too because state, approvals and drift of other documents may follow.
 */
export const useDocumentsStore = create<DocumentsState>()((set, get) => {
  async function afterChange(detail: DocumentDetail): Promise<void> {
    set({ detail });
    await get().loadList();
  }

  return {
    items: null,
    detail: null,
    async loadList() {
      set({ items: await api('documents.list', {}) });
    },
    async loadDetail(documentId) {
      const detail = await api('documents.get', { documentId });
      set({ detail });
    },
    async create(input) {
      const detail = await api('documents.create', input);
      await afterChange(detail);
      return detail;
    },
    async sendForReview(input) {
      await afterChange(await api('documents.sendForReview', input));
    },
    async sign(input) {
      await afterChange(await api('documents.sign', input));
    },
    async returnToDraft(versionId, reason) {
      await afterChange(await api('documents.returnToDraft', { versionId, reason }));
    },
    async startRevision(documentId) {
      await afterChange(await api('documents.startRevision', { documentId }));
    },
    clear: () => set({ items: null, detail: null }),
  };
});

registerProjectStore('documents', useDocumentsStore, async (s) => {
  if (s.items) await s.loadList();
  if (s.detail) await s.loadDetail(s.detail.id);
});
