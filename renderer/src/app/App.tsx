import { useEffect } from 'react';
import { AppShell } from '../screens/shell/AppShell';
import { HomeScreen } from '../screens/home/HomeScreen';
import { SignInScreen } from '../screens/sign-in/SignInScreen';
import { StartingScreen } from '../screens/home/StartingScreen';
import { phaseOf, useSessionStore } from '../stores/session-store';
import { UnlockScreen } from '../screens/sign-in/UnlockScreen';
import { useBridgeEvents } from './use-bridge-events';

/** Picks the page from the session: no project → home, project but nobody signed in → sign-in, else the app. */
export function App() {
  const phase = useSessionStore((state) => phaseOf(state.status));
  const locked = useSessionStore((state) => state.status?.locked ?? null);
  const load = useSessionStore((state) => state.load);
  useBridgeEvents();

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.title = phase === 'app' ? 'Cairn' : phase === 'sign-in' ? 'Sign in · Cairn' : 'Cairn';
  }, [phase]);

  switch (phase) {
    case 'starting':
      return <StartingScreen />;
    case 'home':
      return <HomeScreen />;
    case 'sign-in':
      return locked ? <UnlockScreen path={locked} /> : <SignInScreen />;
    case 'app':
      return <AppShell />;
  }
}
