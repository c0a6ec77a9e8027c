import { availableParallelism, loadavg } from 'node:os';

/**
 * The target table, filled as the benches run: each row holds the measured figure beside its
 * target, its ratio to the raw baseline where there is one, and the load average when it was taken (the
 * machine is shared, so a slow figure under load says less than one taken on an idle machine).
 */
export interface TargetRow {
  measure: string;
  value: number;
  unit: string;
  /** Human text of the target, e.g. "< 8 s". */
  target: string;
  /** True when the figure meets the target. */
  met: boolean;
  /** The figure against the raw baseline (raw pdfkit, raw better-sqlite3), when the measure has one. */
  ratio?: string;
  load: string;
}

const rows: TargetRow[] = [];

/** One-minute load average now, with the core count, e.g. "1.92/2". */
export function loadNow(): string {
  return `${(loadavg()[0] ?? 0).toFixed(2)}/${availableParallelism()}`;
}

/** Records a row of the target table; `below` is the limit the value must not pass. */
export function target(measure: string, value: number, unit: string, below: number, ratio?: string, targetText?: string): void {
  rows.push({ measure, value, unit, target: targetText ?? `< ${below.toLocaleString('en-US')} ${unit}`, met: value <= below, ...(ratio ? { ratio } : {}), load: loadNow() });
}

/** Records a row whose target is a ratio at least `atLeast` (e.g. pages/s ≥ 0.7× raw pdfkit). */
export function targetAtLeast(measure: string, value: number, unit: string, atLeast: number, ratio?: string): void {
  rows.push({ measure, value, unit, target: `≥ ${atLeast} ${unit}`, met: value >= atLeast, ...(ratio ? { ratio } : {}), load: loadNow() });
}

/** Records a target that could not be measured in this run, so the table never silently drops a row. */
export function notMeasured(measure: string, targetText: string, why: string): void {
  rows.push({ measure, value: Number.NaN, unit: '', target: targetText, met: false, ratio: why, load: loadNow() });
}

const shown = (value: number) => (Number.isNaN(value) ? '—' : value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2));

/** The filled table, as Markdown so it can go straight into a note. */
export function targetTable(): string {
  const lines = ['| measure | figure | target | met | vs raw | load (1 min / cores) |', '|---|---|---|---|---|---|'];
  for (const row of rows)
    lines.push(
      `| ${row.measure} | ${shown(row.value)} ${row.unit} | ${row.target} | ${Number.isNaN(row.value) ? 'not measured' : row.met ? 'yes' : 'NO'} | ${row.ratio ?? ''} | ${row.load} |`,
    );
  return lines.join('\n');
}
