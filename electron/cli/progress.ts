/** Progress of long jobs on stderr: a redrawn bar on a terminal, plain lines in CI logs. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (fraction: number, label: string) => void {
  let lastLine = '';
  return (fraction, label) => {
    const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(percent).padStart(3)}% ${label}`.padEnd(80));
      if (percent === 100) stream.write('\n');
      return;
    }
    // In logs, one line per tenth or per new step is enough.
    const line = `${Math.floor(percent / 10) * 10}% ${label.replace(/ .*/, '')}`;
    if (line !== lastLine) stream.write(`${percent}% ${label}\n`);
    lastLine = line;
  };
}
