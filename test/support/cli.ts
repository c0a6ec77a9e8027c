import { spawn } from 'node:child_process';
import { CLI_ENTRY, REPO_ROOT } from './paths';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** App-level state for the spawned CLI; required so no test touches the real user-data folder. */
  userData: string;
  password?: string;
  stdin?: string;
  cwd?: string;
}

/** Runs `cairn <args>` in a child process and collects its exit code and output. */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, CAIRN_USER_DATA: options.userData };
  delete env.CAIRN_PASSWORD;
  if (options.password !== undefined) env.CAIRN_PASSWORD = options.password;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd: options.cwd ?? REPO_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === null) reject(new Error(`cairn ${args.join(' ')} was killed by ${signal}; stderr: ${stderr}`));
      else resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
