import type { BrowserWindow } from 'electron';
import { writeWindowState } from './window-state-file';

/** Moving or resizing fires many events; one write per pause is plenty. */
const SAVE_DELAY_MS = 500;

/**
 * Remembers the window's normal bounds and maximised flag as they change and once more on close.
 * Full screen is not remembered: reopening full screen surprises more people than it helps.
 */
export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isFullScreen()) return;
    try {
      writeWindowState(file, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      // Losing the window position is an inconvenience, never a reason to interrupt the user.
      console.warn('[cairn] could not remember the window position:', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
