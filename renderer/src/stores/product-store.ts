import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { ProductProfile } from '../../../shared/api/product-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface ProductState {
  profile: ProductProfile | null;
  load(): Promise<void>;
  update(changes: InputOf<'product.update'>): Promise<void>;
  clear(): void;
}

/** The product profile; the core returns the saved profile with what is still missing after each change. */
export const useProductStore = create<ProductState>()((set) => ({
  profile: null,
  async load() {
    set({ profile: await api('product.get', {}) });
  },
  async update(changes) {
    set({ profile: await api('product.update', changes) });
  },
  clear: () => set({ profile: null }),
}));

registerProjectStore('product', useProductStore);
