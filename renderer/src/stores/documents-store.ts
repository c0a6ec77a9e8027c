import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { DocumentDetail, DocumentListItem } from '../../../shared/api/documents-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface DocumentsState {
  items: DocumentListItem[] | null;
  /** The document open in the detail view, as the core last described it. */
  detail: DocumentDetail | null;
  /**
   * The document the detail view asked for last. An answer about any other one is stale (a refresh of the
   * document shown before, landing after a new one was created) and is dropped, or the new document's
   * screen would wait for it forever.
   */
  shownId: number | null;
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
    set({ detail, shownId: detail.id });
    await get().loadList();
  }

  return {
    items: null,
    detail: null,
    shownId: null,
    async loadList() {
      set({ items: await api('documents.list', {}) });
    },
    async loadDetail(documentId) {
      set({ shownId: documentId });
      const detail = await api('documents.get', { documentId });
      if (get().shownId === documentId) set({ detail });
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
    clear: () => set({ items: null, detail: null, shownId: null }),
  };
});

registerProjectStore('documents', useDocumentsStore, async (s) => {
  if (s.items) await s.loadList();
  // Read after the list is in: `s` is the state when the refresh began, and a document opened meanwhile is the one to show.
  const { shownId } = useDocumentsStore.getState();
  if (shownId !== null) await s.loadDetail(shownId);
});
