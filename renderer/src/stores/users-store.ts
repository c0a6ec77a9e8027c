import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { TeamMember } from '../../../shared/api/types';
import type { Role } from '../../../shared/domain/roles';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

/** The new recovery key of a file re-keyed by a deactivation, and whose deactivation it was. */
export interface ReplacedKey {
  memberName: string;
  recoveryKey: string;
}

interface UsersState {
  members: TeamMember[] | null;
  /** Shown once, until the owner says it is stored (see NewRecoveryKeyCard). */
  replacedKey: ReplacedKey | null;
  forgetReplacedKey(): void;
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
  replacedKey: null,
  forgetReplacedKey: () => set({ replacedKey: null }),
  async load() {
    set({ members: await api('users.list', {}) });
  },
  async add(input) {
    await api('users.add', input);
    await get().load();
  },
  async deactivate(userId) {
    const { name, recoveryKey } = await api('users.deactivate', { userId });
    if (recoveryKey) set({ replacedKey: { memberName: name, recoveryKey } });
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
  clear: () => set({ members: null, replacedKey: null }),
}));

registerProjectStore('users', useUsersStore, (s) => (s.members ? s.load() : undefined));
