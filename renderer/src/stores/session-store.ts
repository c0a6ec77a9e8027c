import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { AppStatus, SignInCandidate } from '../../../shared/api/types';
import { api } from '../api/client';

export type Phase = 'starting' | 'home' | 'sign-in' | 'app';

interface SessionState {
  status: AppStatus | null;
  /** Who may sign in to the open project; known after opening it. */
  candidates: SignInCandidate[];
  /** Set when loading the status failed, so the start page can say so instead of spinning forever. */
  startError: string | null;
  load(): Promise<void>;
  refreshStatus(): Promise<void>;
  create(input: InputOf<'project.create'>): Promise<void>;
  createDemo(path: string): Promise<void>;
  open(path: string): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  close(): Promise<void>;
}

export function phaseOf(status: AppStatus | null): Phase {
  if (!status) return 'starting';
  if (!status.project) return 'home';
  return status.user ? 'app' : 'sign-in';
}

function candidatesFromTeam(team: { id: number; name: string; email: string; role: SignInCandidate['role']; active: boolean }[]) {
  return team.filter((m) => m.active).map(({ id, name, email, role }) => ({ id, name, email, role }));
}

/** Which project is open and who is signed in; the core decides, this store mirrors it. */
export const useSessionStore = create<SessionState>()((set, get) => ({
  status: null,
  candidates: [],
  startError: null,

  async load() {
    try {
      const status = await api('app.status', {});
      if (status.project && !status.user) {
        // The host kept a project open across a page reload; reopening it is how the core lists who may sign in.
        const opened = await api('project.open', { path: status.project.path });
        set({ status: { ...status, project: opened.project }, candidates: opened.users, startError: null });
        return;
      }
      set({ status, startError: null });
    } catch (error) {
      set({ startError: error instanceof Error ? error.message : String(error) });
    }
  },

  async refreshStatus() {
    set({ status: await api('app.status', {}) });
  },

  async create(input) {
    set({ status: await api('project.create', input), candidates: [] });
  },

  async createDemo(path) {
    set({ status: await api('project.createDemo', { path }), candidates: [] });
  },

  async open(path) {
    const opened = await api('project.open', { path });
    const status = await api('app.status', {});
    set({ status: { ...status, project: opened.project }, candidates: opened.users });
  },

  async signIn(email, password) {
    set({ status: await api('session.signIn', { email, password }) });
  },

  async signOut() {
    // The contract has no "who may sign in" query for an open project; the team list, read while still
    // signed in, gives the same people.
    const team = await api('users.list', {});
    const status = await api('session.signOut', {});
    set({ status, candidates: candidatesFromTeam(team) });
  },

  async close() {
    if (!get().status?.project) return;
    set({ status: await api('project.close', {}), candidates: [] });
  },
}));
