import type { SessionUser } from '../../shared/api/types';
import type { Session } from './context';
import type { OpenProject } from './projects/open-project';
import { PasswordMemo } from './users/password-memo';

/** The one client of the Electron window and the CLI; the HTTP host names one per browser session. */
export const LOCAL_CLIENT = 'local';

/**
 * Every client of one core shares the open project, but each signs in on its own: signing in in one
 * browser must not sign in another. When the open project changes, every sign-in ends with it, since
 * a user id means nothing in another project's file.
 */
export class ClientSessions {
  private current: OpenProject | null = null;
  private lockedPath: string | null = null;
  private readonly users = new Map<string, SessionUser>();
  /** Each client's memo of verified passwords; it lives exactly as long as that client's sign-in. */
  private readonly memos = new Map<string, PasswordMemo>();

  get project(): OpenProject | null {
    return this.current;
  }

  get locked(): string | null {
    return this.lockedPath;
  }

  /** The session a handler sees for one client: the shared project and that client's user. */
  of(client: string): Session {
    const { users, memos } = this;
    const shared = {
      get: () => this.current,
      set: (next: OpenProject | null) => {
        if (next) this.lockedPath = null;
        if (next === this.current) return;
        this.current = next;
        users.clear();
        memos.clear();
      },
      getLocked: () => this.lockedPath,
      setLocked: (path: string | null) => {
        this.lockedPath = path;
      },
    };
    return {
      get project() {
        return shared.get();
      },
      set project(next: OpenProject | null) {
        shared.set(next);
      },
      get locked() {
        return shared.getLocked();
      },
      set locked(path: string | null) {
        shared.setLocked(path);
      },
      get user() {
        return users.get(client) ?? null;
      },
      set user(next: SessionUser | null) {
        // The dispatcher re-reads the signed-in user on every call: only a different person (or none) ends the memo.
        if (next?.id !== users.get(client)?.id) memos.delete(client);
        if (next) users.set(client, next);
        else users.delete(client);
      },
      reopened: (next: OpenProject) => {
        this.current = next;
      },
      get passwords() {
        let memo = memos.get(client);
        if (!memo) memos.set(client, (memo = new PasswordMemo()));
        return memo;
      },
    };
  }

  /** Forgets a client whose browser session ended, without touching the others. */
  forget(client: string): void {
    this.users.delete(client);
    this.memos.delete(client);
  }
}
