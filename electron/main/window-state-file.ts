import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseWindowState, type Rect, type WindowState } from './window-state';

/** Window geometry is app-level state: it lives in the user-data folder, never in a project file. */
export function windowStateFile(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

/** The remembered state, or null when there is none worth restoring (missing, corrupt or off-screen). */
export function readWindowState(file: string, workAreas: readonly Rect[]): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')) as unknown, workAreas);
  } catch {
    return null;
  }
}

/** Writes through a temporary file and a rename, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temp, file);
}
