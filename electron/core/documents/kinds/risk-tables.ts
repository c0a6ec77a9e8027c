import type { RiskMatrix } from '../../../../shared/api/risk-types';
import type { Block } from '../../../../shared/documents/content';
import type { RiskEstimate } from '../../../../shared/risk/evaluate';
import type { RiskScales } from '../../../../shared/risk/scales';

/** "P1 4 × P2 3 → P4, S4 (Critical)", an estimate in words for a table cell. */
export function estimateText(e: RiskEstimate | null): string {
  if (!e) return 'Not estimated';
  const p = e.p1 !== null && e.p2 !== null ? `P1 ${e.p1} × P2 ${e.p2} → P${e.p}` : `P${e.p}`;
  return `${p} (${e.probabilityName}), S${e.s} (${e.severityName})`;
}

export function verdictText(e: RiskEstimate | null): string {
  if (!e) return 'Not estimated';
  return e.acceptability === 'unacceptable' ? 'Unacceptable' : 'Acceptable';
}

const matrixColumns = (severity: readonly string[]) => [{ header: 'P \\ S', width: 16 }, ...severity.map((name, j) => ({ header: `S${j + 1} ${name}`, width: 12 }))];

/** The acceptability matrix as a table, most likely row first, each cell in words. */
export function acceptabilityTable(scales: RiskScales): Block {
  const rows = scales.probability.map((level, i) => [
    `P${i + 1} ${level.name}`,
    ...scales.severity.map((_, j) => (scales.acceptability[i]?.[j] === 'unacceptable' ? 'Unacceptable' : 'Acceptable')),
  ]);
  return { kind: 'table', columns: matrixColumns(scales.severity.map((l) => l.name)), rows: rows.reverse() };
}

/** A heat map as a table: the count in each cell, with "(unacceptable)" where the plan says so. */
export function countsTable(matrix: RiskMatrix, when: 'initial' | 'residual'): Block {
  const counts = matrix[when];
  const rows = matrix.probability.map((name, i) => [
    `P${i + 1} ${name}`,
    ...matrix.severity.map((_, j) => `${counts[i]?.[j] ?? 0}${matrix.acceptability[i]?.[j] === 'unacceptable' ? ' (unacceptable)' : ''}`),
  ]);
  return { kind: 'table', columns: matrixColumns(matrix.severity), rows: rows.reverse() };
}
