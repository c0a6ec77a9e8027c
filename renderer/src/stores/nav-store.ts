import { create } from 'zustand';

export const SCREENS = ['dashboard', 'team', 'audit'] as const;
export type Screen = (typeof SCREENS)[number];

export const SCREEN_LABELS: Record<Screen, string> = {
  dashboard: 'Dashboard',
  team: 'Team',
  audit: 'Audit trail',
};

/** Which part of the home page the menu asked for, so the right field gets focus. */
export type HomeIntent = 'create' | 'open' | null;

interface NavState {
  screen: Screen;
  homeIntent: HomeIntent;
  go(screen: Screen): void;
  askHome(intent: HomeIntent): void;
}

/** The whole of routing: signed-in screens are few and flat, so a router library would add nothing. */
export const useNavStore = create<NavState>()((set) => ({
  screen: 'dashboard',
  homeIntent: null,
  go: (screen) => set({ screen }),
  askHome: (homeIntent) => set({ homeIntent }),
}));
