import { spawn } from 'node:child_process';
import { childScript } from './child-scripts';
import { REPO_ROOT } from './paths';
import { OWNER } from './team';

/** What one writer process reports: mutations that returned ok, refusals by error code and their messages. */
export interface WriterSummary {
  ok: number;
  errors: Record<string, number>;
  messages: string[];
}

/** Runs one mutation-writer process to its end and resolves with its summary line. */
export function runMutationWriter(file: string, userData: string, label: string, count: number): Promise<WriterSummary> {
  const child = spawn(process.execPath, [childScript('mutation-writer-process'), file, OWNER.email, label, String(count)], {
    cwd: REPO_ROOT,
    env: { ...process.env, CAIRN_USER_DATA: userData, CAIRN_PASSWORD: OWNER.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{"ok"')) resolve(JSON.parse(line) as WriterSummary);
      else reject(new Error(`writer ${label} ended with code ${code}: ${stdout} ${stderr}`));
    });
  });
}
