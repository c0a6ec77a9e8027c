import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';

// One name per area: a contract method's prefix names its contract file, its handler file (or folder)
// and its core folder, so whoever looks for `classification.*` finds it in `classification` everywhere.

const root = join(import.meta.dirname, '../..');
const apiDir = join(root, 'shared/api');
const methodsDir = join(apiDir, 'methods');
const handlersDir = join(root, 'electron/core/handlers');
const coreDir = join(root, 'electron/core');
const storesDir = join(root, 'renderer/src/stores');

const methodNames = Object.keys(contract);
const prefixOf = (method: string): string => method.slice(0, method.indexOf('.'));
const kebab = (prefix: string): string => prefix.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const prefixes = [...new Set(methodNames.map(prefixOf))];
const prefixByKebab = new Map(prefixes.map((p) => [kebab(p), p]));

/** Files in handlers/ that join or serve the handler groups without handling a method themselves. */
const HANDLER_PLUMBING = new Set(['index.ts', 'define-handlers.ts', 'require-author.ts', 'session-helpers.ts']);

/**
 * Core folders that are not one area's but infrastructure several areas share, and why each is not a prefix.
 * `keys` and `trust` have no folder of their own: their repositories and checks live in signing/ and
 * signatures/, which documents and releases sign with too.
 */
const INFRASTRUCTURE: Record<string, string> = {
  'app-state': 'state of the app outside any project (the recent list behind recent.*)',
  db: 'the SQLite connection and the migration runner',
  demo: 'builds the sample project through the API (project.createDemo)',
  exports: 'PDF output shared by document and technical-file export',
  handlers: 'the dispatch table: one handler file or folder per prefix',
  import: 'file readers and writers (CSV, XLSX, ReqIF, JUnit) shared by several areas’ imports',
  pdf: 'the PDF layout engine',
  projects: 'creating, opening, encrypting and sealing project files (project.*) and the project repository',
  signatures: 'e-signatures on records and the approvals of trust changes',
  signing: 'signing keys, PDF signatures and their verification (keys.*, trust.*, documents.verifyPdf)',
};

/**
 * Files beside the contract that are no one area's types, and why. Every other file there is
 * `<prefix>-types.ts`: the types of that prefix's methods.
 */
const SHARED_API: Record<string, string> = {
  'contract.ts': 'joins every area’s methods into the one contract',
  'method.ts': 'how a method is declared, and the field schemas several areas share',
  'errors.ts': 'the error envelope every method answers with',
  'bridge.ts': 'what the window is given to call the core (IPC or HTTP), the events pushed to it and the menu commands',
  'busy-retry.ts': 'retrying a call refused as project_busy, for every client',
  'well-formed.ts': 'the check every door runs on input before any handler: no string with a lone surrogate',
  'table-export.ts': 'the exported-file shape (CSV or workbook) several areas’ exports return',
  'signature-types.ts': 'record e-signatures, which reviews, tests, changes and releases all carry',
  'types.ts':
    'what the app, project, session and users areas say about the open project and who is signed in; they build on ' +
    'each other (a created project is an app status, a sign-in candidate is a team member), so apart they would import each other',
};

/** Renderer stores that hold the window's own state rather than one area's answers, and why. */
const UI_STORES: Record<string, string> = {
  'nav-store.ts': 'which screen shows',
  'unsaved-store.ts': 'whether a form holds unsaved edits, asked before leaving it',
  'project-stores.ts': 'the registry that clears and refreshes the project stores',
};

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** The contract method names a module exports tables for (method definitions or handler groups). */
async function methodsExportedBy(file: string): Promise<string[]> {
  const module = (await import(file)) as Record<string, unknown>;
  return Object.values(module)
    .filter((value): value is object => typeof value === 'object' && value !== null)
    .flatMap((table) => Object.keys(table).filter((key) => Object.hasOwn(contract, key)));
}

describe('one name per area', () => {
  it('each contract file declares exactly the methods of the prefix it is named after', async () => {
    const declared: string[] = [];
    for (const file of tsFilesUnder(methodsDir)) {
      const area = prefixByKebab.get(relative(methodsDir, file).replace(/\.ts$/, ''));
      expect(area, `${relative(root, file)} is not named after a method prefix`).toBeDefined();
      const methods = await methodsExportedBy(file);
      expect(methods.length, `${relative(root, file)} declares no method`).toBeGreaterThan(0);
      expect(
        methods.filter((m) => prefixOf(m) !== area),
        relative(root, file),
      ).toEqual([]);
      declared.push(...methods);
    }
    expect(declared.sort()).toEqual([...methodNames].sort());
  });

  it('each handler file handles only the prefix its file or folder is named after, and every method has one', async () => {
    const handled: string[] = [];
    const places = new Map<string, Set<string>>();
    for (const file of tsFilesUnder(handlersDir)) {
      const path = relative(handlersDir, file);
      if (HANDLER_PLUMBING.has(path)) continue;
      const inFolder = path.includes('/');
      const name = inFolder ? path.slice(0, path.indexOf('/')) : path.replace(/-handlers\.ts$/, '');
      const area = prefixByKebab.get(name);
      expect(area, `handlers/${path}: not <prefix>-handlers.ts nor in a <prefix>/ folder`).toBeDefined();
      expect(path, 'handler files end in -handlers.ts').toMatch(/-handlers\.ts$/);
      const methods = await methodsExportedBy(file);
      expect(methods.length, `handlers/${path} handles no method`).toBeGreaterThan(0);
      expect(
        methods.filter((m) => prefixOf(m) !== area),
        `handlers/${path}`,
      ).toEqual([]);
      handled.push(...methods);
      places.set(name, (places.get(name) ?? new Set()).add(inFolder ? 'folder' : 'file'));
    }
    expect(handled.sort(), 'every method is handled in handlers/, once').toEqual([...methodNames].sort());
    const both = [...places].filter(([, kinds]) => kinds.size > 1).map(([name]) => name);
    expect(both, 'an area has a handler file or a handler folder, not both').toEqual([]);
  });

  it('names each types file beside the contract after a prefix, unless it is shared and listed here', () => {
    const files = readdirSync(apiDir, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
    const strays = files.filter((f) => !Object.hasOwn(SHARED_API, f) && !prefixByKebab.has(f.replace(/-types\.ts$/, '')));
    expect(strays, 'a file in shared/api/ named after no prefix: name it <prefix>-types.ts or list it as shared').toEqual([]);
    expect(
      Object.keys(SHARED_API).filter((f) => !files.includes(f)),
      'shared file listed that no longer exists',
    ).toEqual([]);
  });

  it('names each renderer store after the prefix it calls (<prefix>-store.ts or <prefix>-<part>-store.ts)', () => {
    const files = readdirSync(storesDir).filter((f) => f.endsWith('.ts'));
    const named = (f: string): boolean => [...prefixByKebab.keys()].some((p) => f === `${p}-store.ts` || (f.startsWith(`${p}-`) && f.endsWith('-store.ts')));
    const strays = files.filter((f) => !Object.hasOwn(UI_STORES, f) && !named(f));
    expect(strays, 'a store named after no prefix: rename it after the area it calls or list it as window state').toEqual([]);
    expect(
      Object.keys(UI_STORES).filter((f) => !files.includes(f)),
      'window-state store listed that no longer exists',
    ).toEqual([]);
  });

  it('names every core folder after a prefix, unless it is infrastructure listed here', () => {
    const folders = readdirSync(coreDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const strays = folders.filter((f) => !prefixByKebab.has(f) && !Object.hasOwn(INFRASTRUCTURE, f));
    expect(strays, 'a core folder named after no prefix: rename it after its area or list it as infrastructure').toEqual([]);
    expect(
      Object.keys(INFRASTRUCTURE).filter((f) => !folders.includes(f)),
      'infrastructure listed that no longer exists',
    ).toEqual([]);
  });
});
