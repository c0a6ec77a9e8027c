import { create } from 'zustand';
import type { SoftwareNode } from '../../../shared/api/software-types';
import type { SignedReview } from '../../../shared/api/reviews-types';
import type { ReviewKind } from '../../../shared/reviews/checklists';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface ReviewsState {
  reviews: SignedReview[] | null;
  /** The software tree: unit verifications pick their unit from it and show its ID and name. */
  tree: SoftwareNode[] | null;
  /** '' shows every kind. */
  kind: ReviewKind | '';
  load(): Promise<void>;
  setKind(kind: ReviewKind | ''): Promise<void>;
  clear(): void;
}

/** Every verification record (the core filters by kind) with the software tree beside it. */
export const useReviewsStore = create<ReviewsState>()((set, get) => ({
  reviews: null,
  tree: null,
  kind: '',
  async load() {
    const kind = get().kind;
    const [reviews, tree] = await Promise.all([api('reviews.list', kind ? { kind } : {}), api('software.tree', {})]);
    set({ reviews, tree });
  },
  async setKind(kind) {
    set({ kind });
    await get().load();
  },
  clear: () => set({ reviews: null, tree: null, kind: '' }),
}));

/** The units and items of the tree, depth first: what a unit verification may name. */
export function verifiableNodes(tree: SoftwareNode[]): SoftwareNode[] {
  return tree.flatMap((node) => [...(node.kind === 'system' ? [] : [node]), ...verifiableNodes(node.children)]);
}

registerProjectStore('reviews', useReviewsStore);
