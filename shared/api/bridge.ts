import type { Envelope } from './errors';

/** Commands the desktop menu sends to the window. */
export const MENU_COMMANDS = ['project.new', 'project.open', 'project.close', 'project.openRecent'] as const;
export type MenuCommand = { command: (typeof MENU_COMMANDS)[number]; path?: string };

/** Events the core pushes to every window (the same union leaves the host over SSE). */
export type PushedEvent = { type: 'project.changed'; method: string } | { type: 'job.progressed'; method: string; fraction: number; label: string };

/**
 * What the Electron preload exposes as `window.cairn`. The browser build implements the same shape over
 * HTTP, where native dialogs do not exist (`chooseProjectFile` resolves null and the screen asks for a path).
 */
export interface CairnBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: PushedEvent) => void): () => void;
  /** A native Open or Save dialog; null when cancelled or when there is none (browser). */
  chooseProjectFile(mode: 'open' | 'create', suggestedName?: string): Promise<string | null>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
  /** True in the desktop app, where file dialogs exist. */
  readonly native: boolean;
}
