// Runs the stages of `npm test` and `npm run test:fast`: one at a time with its output as it comes, or
// several at once (independent checks on a two-core machine) with each one's output kept until it ends,
// so logs stay readable. Every stage reports its wall time; the caller prints them together at the end.
import { spawn } from 'node:child_process';

/** Runs one command; resolves to { label, ok, seconds }. `quiet` holds its output back until it ends. */
export function runStage(label, command, args, { env = {}, quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) console.log(`\n── ${label} ──`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (quiet) process.stdout.write(`\n── ${label} ──\n${output}`);
      console.log(`── ${label}: ${code === 0 ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s ──`);
      resolve({ label, ok: code === 0, seconds });
    });
  });
}

/** Runs stages side by side; resolves when all have ended. */
export function runTogether(stages) {
  return Promise.all(stages.map(([label, command, args, options]) => runStage(label, command, args, { ...options, quiet: true })));
}

/** The stage times as a small table, slowest first. */
export function printTimes(results, totalSeconds) {
  console.log('\nStage times (wall):');
  for (const { label, ok, seconds } of [...results].sort((a, b) => b.seconds - a.seconds)) {
    console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${label}${ok ? '' : '  FAILED'}`);
  }
  console.log(`  ${totalSeconds.toFixed(1).padStart(7)} s  total`);
}
