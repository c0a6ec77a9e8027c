import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/api/bridge';
import { contract, isMethodName } from '../../../shared/api/contract';
import { bridge } from '../api/client';
import { useJobsStore } from '../stores/jobs-store';
import { useNavStore } from '../stores/nav-store';
import { useRecentStore } from '../stores/recent-store';
import { refreshProjectStores } from '../stores/project-stores';
import { phaseOf, useSessionStore } from '../stores/session-store';

/**
 * Re-reads whatever a screen has loaded: another window, the CLI or a menu may have changed the project.
 * Session methods (open, sign in, sign out…) change who may see what, so they only re-sync the session.
 */
function refreshLoadedStores(method: string): void {
  if (isMethodName(method) && contract[method].kind === 'session') {
    void useSessionStore
      .getState()
      .syncWithCore()
      .catch(() => undefined);
    return;
  }
  const signedIn = phaseOf(useSessionStore.getState().status) === 'app';
  if (!signedIn) {
    void useRecentStore
      .getState()
      .load()
      .catch(() => undefined);
    return;
  }
  refreshProjectStores();
}

async function runMenuCommand(command: MenuCommand): Promise<void> {
  const session = useSessionStore.getState();
  const nav = useNavStore.getState();
  switch (command.command) {
    case 'project.new':
      await session.close();
      nav.askHome('create');
      return;
    case 'project.open': {
      const path = await bridge.chooseProjectFile('open');
      if (path) await session.open(path);
      else if (!bridge.native) {
        await session.close();
        nav.askHome('open');
      }
      return;
    }
    case 'project.close':
      await session.close();
      return;
    case 'project.openRecent':
      if (command.path) await session.open(command.path);
      return;
  }
}

/** Subscribes once to the core's pushed events and to the desktop menu. */
export function useBridgeEvents(): void {
  useEffect(() => {
    const stopEvents = bridge.onEvent((event) => {
      if (event.type === 'job.progressed') {
        useJobsStore.getState().report(event);
        return;
      }
      refreshLoadedStores(event.method);
    });
    const stopMenu = bridge.onMenu((command) => {
      runMenuCommand(command).catch((error: unknown) => {
        // A menu has no form to show the refusal next to; the home page shows its own errors on retry.
        console.error('[cairn] menu command failed', error);
      });
    });
    return () => {
      stopEvents();
      stopMenu();
    };
  }, []);
}
