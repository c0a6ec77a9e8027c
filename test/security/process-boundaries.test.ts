import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './electronegativity-findings';

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mjs|cjs|js)$/.test(file))
    .map((file) => join(REPO_ROOT, dir, file));
}

const sources = ['electron', 'renderer/src', 'shared'].flatMap(sourcesUnder);
const read = (file: string) => readFileSync(file, 'utf8');
const rel = (file: string) => relative(REPO_ROOT, file).split('\\').join('/');

function filesMentioning(word: string): string[] {
  return sources.filter((file) => new RegExp(`\\b${word}\\b`).test(read(file))).map(rel);
}

/** Importing the electron module at run time; `import type` is erased and allowed. */
const ELECTRON_IMPORT = /^import\s+(?!type\b)[^;]*from\s+'electron'|require\('electron'\)/m;

describe('process boundaries of the Electron door', () => {
  it('keeps each IPC object in one file (STYLE.md rule 1)', () => {
    expect(filesMentioning('ipcMain')).toEqual(['electron/main/ipc-door.ts']);
    expect(filesMentioning('ipcRenderer')).toEqual(['electron/preload/preload.ts']);
    expect(filesMentioning('contextBridge')).toEqual(['electron/preload/preload.ts']);
  });

  it('imports electron only in electron/main and electron/preload', () => {
    const importers = sources.filter((file) => ELECTRON_IMPORT.test(read(file))).map(rel);
    expect(importers.filter((file) => !/^electron\/(main|preload)\//.test(file))).toEqual([]);
  });

  it('keeps the modules the tests load free of electron, so tests never need the binary', () => {
    const pure = [
      'app-protocol-paths.ts',
      'content-security-policy.ts',
      'content-types.ts',
      'core-messages.ts',
      'core-process-args.ts',
      'core-process.ts',
      'ipc-protocol.ts',
      'project-file-names.ts',
      'window-state.ts',
      'window-state-file.ts',
    ];
    const withElectron = pure.filter((name) => ELECTRON_IMPORT.test(read(join(REPO_ROOT, 'electron', 'main', name))));
    expect(withElectron).toEqual([]);
  });
});
