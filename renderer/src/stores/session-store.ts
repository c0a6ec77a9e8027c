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
  /** Signs a member in; an encrypted file waiting to be opened is unlocked by the same e-mail and password. */
  signIn(email: string, password: string): Promise<void>;
  /** The recovery key of the project this window just created, shown once until the owner confirms it is kept. */
  createdRecoveryKey: string | null;
  forgetRecoveryKey(): void;
  /** Encrypts the open plain project in place; the signed-in owner confirms with their password. */
  encrypt(password: string): Promise<void>;
  signOut(): Promise<void>;
  close(): Promise<void>;
}

export function phaseOf(status: AppStatus | null): Phase {
  if (!status) return 'starting';
  // An encrypted file waiting for a password: signing in unlocks it.
  if (status.locked) return 'sign-in';
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
      const { recoveryKey, ...status } = await api('project.create', input);
      set({ status, candidates: [], createdRecoveryKey: recoveryKey });
    }),

  createDemo: (path) =>
    tracked(async () => {
      // The sample is for looking around: its recovery key is not worth a notice.
      const { recoveryKey: _unshown, ...status } = await api('project.createDemo', { path });
      set({ status, candidates: [] });
    }),

  open: (path) =>
    tracked(async () => {
      const opened = await api('project.open', { path });
      set({ status: await api('app.status', {}), candidates: opened.users });
    }),

  signIn: (email, password) =>
    tracked(async () => {
      set({ status: await api('session.signIn', { email, password }) });
    }),

  createdRecoveryKey: null,
  forgetRecoveryKey: () => set({ createdRecoveryKey: null }),

  encrypt: (password) =>
    tracked(async () => {
      const current = get().status;
      if (!current?.project || !current.user) return;
      const { recoveryKey, ...status } = await api('project.encrypt', { path: current.project.path, email: current.user.email, password });
      set({ status, createdRecoveryKey: recoveryKey });
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
