import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../shared/api/documents-types';

type Store = typeof import('../../renderer/src/stores/documents-store');

/** documents.get answers held back until the test lets them through, in the order it chooses. */
const pending: { documentId: number; answer: () => void }[] = [];
/** What documents.create makes in this test. */
const CREATED = 8;
let store: Store;

beforeAll(async () => {
  const invoke = (method: string, input: { documentId?: number }) =>
    new Promise((resolve) => {
      const id = input.documentId ?? CREATED;
      const value = { id, docKey: `DOC-${id}` } as DocumentDetail;
      if (method === 'documents.get') pending.push({ documentId: id, answer: () => resolve({ ok: true, value }) });
      else resolve({ ok: true, value: method === 'documents.list' ? [] : value });
    });
  Object.assign(globalThis, { window: { cairn: { invoke } } });
  store = await import('../../renderer/src/stores/documents-store');
});

const answer = async (documentId: number) => {
  const index = pending.findIndex((p) => p.documentId === documentId);
  pending.splice(index, 1)[0]?.answer();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('the documents store', () => {
  it('drops a late answer about the document shown before, so a newly created one does not wait forever', async () => {
    const { useDocumentsStore } = store;
    const first = useDocumentsStore.getState().loadDetail(7);
    await answer(7);
    await first;
    // A refresh of document 7 is under way when another is created and opened.
    const stale = useDocumentsStore.getState().loadDetail(7);
    await useDocumentsStore.getState().create({ type: 'srs' } as never);
    const opened = useDocumentsStore.getState().loadDetail(CREATED);
    await answer(CREATED);
    await opened;
    await answer(7);
    await stale;
    expect(useDocumentsStore.getState().detail?.id).toBe(CREATED);
  });
});
