import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ValidationStepView } from '../../../shared/api/validation-types';
import { CairnError } from '../errors';
import { SOURCE_ROOT } from '../node-defaults';

/** What `cairn validate --json` printed, and the files it wrote beside each other. */
export interface ChildValidation {
  version: string;
  iq: ValidationStepView[];
  oq: ValidationStepView[];
  passed: boolean;
  pdf: Buffer;
  certificatePem: string;
}

export interface ChildOptions {
  /** The person the report is signed for. */
  email: string;
  /** The user-data folder the IQ checks: the app's own. */
  userDataDir: string;
  only?: readonly string[];
  signal: AbortSignal;
  progress(fraction: number, label: string): void;
}

/** `cairn validate` prints "NN% label" lines on stderr when it is not a terminal. */
const PROGRESS_LINE = /^(\d{1,3})% (.+)$/;

/**
 * Runs `cairn validate --json --sign` in a child process, so the IQ and OQ (seconds of SQLite, scrypt
 * and PDF work, and a writer it kills on purpose) never block the core that serves the window. The
 * child is the installed command line itself: the app validates exactly what `cairn validate` does.
 */
export async function validateInChild(options: ChildOptions): Promise<ChildValidation> {
  const outDir = mkdtempSync(join(tmpdir(), 'cairn-validation-report-'));
  try {
    const args = [join(SOURCE_ROOT, 'electron', 'cli', 'cairn.mjs'), 'validate', '--json', '--out', outDir, '--sign', '--user', options.email];
    if (options.only) args.push('--only', options.only.join(','));
    // Inside the desktop app the runtime is Electron's binary, which runs plain Node with this set.
    const env = { ...process.env, CAIRN_USER_DATA: options.userDataDir, ELECTRON_RUN_AS_NODE: '1' };
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const kill = () => child.kill();
    options.signal.addEventListener('abort', kill, { once: true });
    let stdout = '';
    const errors: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    createInterface({ input: child.stderr }).on('line', (line) => {
      const progress = PROGRESS_LINE.exec(line);
      if (progress) options.progress(Number(progress[1]) / 100, progress[2] ?? '');
      else errors.push(line);
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    options.signal.removeEventListener('abort', kill);
    if (options.signal.aborted) throw new CairnError('cancelled', 'The validation was cancelled; nothing was recorded.');
    // 0: every step passed; 3: some failed, and the report says which. Anything else is no report at all.
    if (code !== 0 && code !== 3) throw new Error(`cairn validate exited ${code}: ${errors.join(' ').trim() || 'no message'}`);
    const summary = JSON.parse(stdout) as Omit<ChildValidation, 'pdf' | 'certificatePem'> & { report: string };
    const certificate = readdirSync(outDir).find((file) => file.endsWith('.signer.pem'));
    if (!certificate) throw new Error("cairn validate --sign wrote no signer's certificate");
    return {
      version: summary.version,
      iq: summary.iq,
      oq: summary.oq,
      passed: summary.passed,
      pdf: readFileSync(summary.report),
      certificatePem: readFileSync(join(outDir, certificate), 'utf8'),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
