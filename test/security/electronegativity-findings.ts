import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCANNER = fileURLToPath(new URL('./electronegativity-scan.mjs', import.meta.url));

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  manualReview: boolean;
  description: string;
}

export interface ParseError {
  file: string;
  message: string;
  tolerable: boolean;
}

export interface ScanResult {
  findings: Finding[];
  errors: ParseError[];
}

function isScanResult(value: unknown): value is ScanResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.findings) && Array.isArray(v.errors);
}

/** The Electron version the scanner should judge defaults by, as installed (no network lookup). */
function electronVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return String((manifest as { version?: unknown }).version);
}

/**
 * Copies what ships in the window's reach into one folder: every process's TypeScript under electron/
 * and the renderer's page and sources. One scan over all of it, because the scanner's global checks
 * (CSP present? navigation limited?) look across files: the CSP lives in renderer/index.html, the
 * navigation guards in electron/main.
 */
export function stageSources(dest: string): string {
  mkdirSync(join(dest, 'renderer'), { recursive: true });
  cpSync(join(REPO_ROOT, 'electron'), join(dest, 'electron'), { recursive: true });
  cpSync(join(REPO_ROOT, 'renderer', 'index.html'), join(dest, 'renderer', 'index.html'));
  cpSync(join(REPO_ROOT, 'renderer', 'src'), join(dest, 'renderer', 'src'), { recursive: true });
  return dest;
}

/** Runs Electronegativity over `dir` in a child process and returns its parsed findings. */
export function scan(dir: string): Promise<ScanResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCANNER, dir, electronVersion()], { cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`The scanner exited with ${code}:\n${stderr}`));
      try {
        const parsed: unknown = JSON.parse(stdout);
        if (!isScanResult(parsed)) throw new Error('unexpected shape');
        resolve(parsed);
      } catch (error) {
        reject(new Error(`The scanner's output is not the expected JSON (${(error as Error).message}):\n${stdout}\n${stderr}`));
      }
    });
  });
}

const TEST_FILE = /(^|[\\/])(test|tests|__tests__)[\\/]|\.(test|spec)\.[cm]?[jt]sx?$/;

/**
 * The scanner rates an explicit `nodeIntegration: true` only INFORMATIONAL (it counts on the sandbox),
 * but Node in the renderer is the one mistake this app must never ship, so it blocks at any severity.
 */
const ALWAYS_BLOCKING = new Set(['NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK']);

/** HIGH and MEDIUM findings, and any Node-integration finding, outside test files: each fails the build. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => (f.severity === 'HIGH' || f.severity === 'MEDIUM' || ALWAYS_BLOCKING.has(f.id)) && !TEST_FILE.test(f.file));
}

/** A file the scanner could not parse is a file it did not scan. */
export function unscannedFiles(errors: readonly ParseError[]): ParseError[] {
  return errors.filter((e) => !e.tolerable && !TEST_FILE.test(e.file));
}

export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.severity} ${f.id} at ${f.file}:${f.line}:${f.column} — ${f.description}`).join('\n');
}
