import { create } from 'zustand';
import { confirmLeave } from './unsaved-store';

export const SCREENS = [
  'dashboard',
  'product',
  'software',
  'architecture',
  'verification',
  'tests',
  'requirements',
  'risk',
  'soup',
  'trace',
  'plan',
  'dev-plan',
  'documents',
  'qms',
  'releases',
  'team',
  'audit',
  'problems',
  'changes',
  'check',
] as const;
export type Screen = (typeof SCREENS)[number];

export const SCREEN_LABELS = {
  dashboard: 'Dashboard',
  product: 'Product',
  software: 'Software',
  architecture: 'Architecture',
  verification: 'Verification records',
  tests: 'Tests',
  requirements: 'Requirements',
  risk: 'Risk management',
  soup: 'SOUP',
  trace: 'Traceability',
  plan: 'Compliance plan',
  'dev-plan': 'Development plan',
  documents: 'Documents',
  qms: 'Quality system',
  releases: 'Releases',
  team: 'Team',
  audit: 'Audit trail',
  problems: 'Problem reports',
  changes: 'Change requests',
  check: 'Consistency check',
} as const satisfies Record<Screen, string>;

/**
 * How the navigation groups the screens: the overview first, then the lifecycle work in the order a
 * team does it, the quality system, and the project's own housekeeping. Every screen is in one group.
 */
export const NAV_GROUPS: readonly { label: string; screens: readonly Screen[] }[] = [
  { label: 'Overview', screens: ['dashboard', 'plan', 'check', 'documents'] },
  { label: 'Lifecycle', screens: ['product', 'software', 'dev-plan', 'requirements', 'risk', 'architecture', 'verification', 'tests', 'soup', 'trace'] },
  { label: 'Maintenance', screens: ['problems', 'changes', 'releases'] },
  { label: 'Quality', screens: ['qms'] },
  { label: 'Project', screens: ['team', 'audit'] },
];

/** Which part of the home page the menu asked for, so the right field gets focus. */
export type HomeIntent = 'create' | 'open' | null;

interface NavState {
  screen: Screen;
  /** The document open on the Documents screen; null shows the list. */
  documentId: number | null;
  homeIntent: HomeIntent;
  go(screen: Screen): void;
  openDocument(documentId: number): void;
  askHome(intent: HomeIntent): void;
}

/** The whole of routing: signed-in screens are few and flat, so a router library would add nothing. */
export const useNavStore = create<NavState>()((set) => ({
  screen: 'dashboard',
  documentId: null,
  homeIntent: null,
  // Leaving a screen with typed, unsaved work asks first; staying keeps the work and the screen.
  go: (screen) => {
    if (confirmLeave()) set({ screen, documentId: null });
  },
  openDocument: (documentId) => {
    if (confirmLeave()) set({ screen: 'documents', documentId });
  },
  askHome: (homeIntent) => set({ homeIntent }),
}));
