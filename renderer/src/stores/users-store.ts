import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { TeamMember } from '../../../shared/api/types';
import type { Role } from '../../../shared/domain/roles';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

interface UsersState {
  members: TeamMember[] | null;
  load(): Promise<void>;
  add(input: InputOf<'users.add'>): Promise<void>;
  deactivate(userId: number): Promise<void>;
  reactivate(userId: number): Promise<void>;
  changeRole(userId: number, role: Role): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  clear(): void;
}

/** The team of the open project; every change is re-read from the core, which is the source of truth. */
export const useUsersStore = create<UsersState>()((set, get) => ({
  members: null,
  async load() {
    set({ members: await api('users.list', {}) });
  },
  async add(input) {
    await api('users.add', input);
    await get().load();
  },
  async deactivate(userId) {
    await api('users.deactivate', { userId });
    await get().load();
  },
  async reactivate(userId) {
    await api('users.reactivate', { userId });
    await get().load();
  },
  async changeRole(userId, role) {
    await api('users.changeRole', { userId, role });
    await get().load();
  },
  async changePassword(currentPassword, newPassword) {
    await api('users.changePassword', { currentPassword, newPassword });
  },
  clear: () => set({ members: null }),
}));

registerProjectStore('users', useUsersStore, (s) => (s.members ? s.load() : undefined));
