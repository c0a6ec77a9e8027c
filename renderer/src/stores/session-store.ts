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
  /** After a session change pushed by the core: follows it unless this window caused it. */
  syncWithCore(): Promise<void>;
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

/** Session actions of this window still running; their own results are fresher than any pushed event. */
let running = 0;
async function tracked<T>(work: () => Promise<T>): Promise<T> {
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
  }
}

/** Which project is open and who is signed in; the core decides, this store mirrors it. */
export const useSessionStore = create<SessionState>()((set, get) => ({
  status: null,
  candidates: [],
  startError: null,

  async load() {
    try {
      const status = await api('app.status', {});
      // The host may have kept a project open across a page reload: whoever may sign in is asked for.
      const candidates = status.project && !status.user ? await api('session.candidates', {}) : [];
      set({ status, candidates, startError: null });
    } catch (error) {
      set({ startError: error instanceof Error ? error.message : String(error) });
    }
  },

  async refreshStatus() {
    set({ status: await api('app.status', {}) });
  },

  async syncWithCore() {
    if (running > 0) return;
    const before = get().status;
    const status = await api('app.status', {});
    const someoneElseSignedOut = status.project && !status.user && (before?.user || before?.project?.path !== status.project.path);
    if (someoneElseSignedOut) await get().load();
    else set({ status });
  },

  create: (input) =>
    tracked(async () => {
      set({ status: await api('project.create', input), candidates: [] });
    }),

  createDemo: (path) =>
    tracked(async () => {
      set({ status: await api('project.createDemo', { path }), candidates: [] });
    }),

  open: (path) =>
    tracked(async () => {
      const opened = await api('project.open', { path });
      const status = await api('app.status', {});
      set({ status: { ...status, project: opened.project }, candidates: opened.users });
    }),

  signIn: (email, password) =>
    tracked(async () => {
      set({ status: await api('session.signIn', { email, password }) });
    }),

  signOut: () =>
    tracked(async () => {
      const status = await api('session.signOut', {});
      set({ status, candidates: await api('session.candidates', {}) });
    }),

  close: () =>
    tracked(async () => {
      if (!get().status?.project) return;
      set({ status: await api('project.close', {}), candidates: [] });
    }),
}));
