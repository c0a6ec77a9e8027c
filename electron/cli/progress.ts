import { cliIo } from './cli-io';

/** Progress of long jobs on stderr: a redrawn bar on a terminal, plain lines in CI logs. */
export function progressReporter(): (fraction: number, label: string) => void {
  const io = cliIo();
  let lastLine = '';
  return (fraction, label) => {
    const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    if (io.stderrIsTTY) {
      const width = 24;
      const filled = Math.round((percent / 100) * width);
      io.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(percent).padStart(3)}% ${label}`.padEnd(80));
      if (percent === 100) io.stderr('\n');
      return;
    }
    // In logs, one line per tenth or per new step is enough.
    const line = `${Math.floor(percent / 10) * 10}% ${label.replace(/ .*/, '')}`;
    if (line !== lastLine) io.stderr(`${percent}% ${label}\n`);
    lastLine = line;
  };
}
