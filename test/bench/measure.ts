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
