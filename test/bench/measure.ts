/** Wall time of `fn` in milliseconds, with its result. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** One printed figure: benches print, never assert. */
export function figure(label: string, value: number, unit: string, note = ''): void {
  const shown = value >= 100 || Number.isInteger(value) ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
  console.log(`  ${label.padEnd(60)} ${shown.padStart(12)} ${unit}${note ? `  (${note})` : ''}`);
}

export const perSecond = (count: number, ms: number) => (count * 1000) / ms;

/**
 * Wall and CPU time of `fn` (the process's user + system time): on a shared machine the CPU time of a
 * synchronous job moves far less with the load than its wall time does.
 */
export async function cpuTimed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const { ms, value } = await timed(fn);
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}
