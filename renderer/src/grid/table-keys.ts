import { gridMove } from './grid-keys';

/** Keys that move between the rows of a data table (its cells hold buttons and links, not an ARIA grid). */
export const ROW_KEYS = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'] as const;

/**
 * The row a navigation key moves to in a table of `rows` rows, clamped to the table, or undefined for a
 * key that does not move. Home and End go to the first and last row (a row here is one thing; there is
 * no cell to move along), Page keys by a screenful, as in the grids.
 */
export function tableRowMove(key: string, row: number, rows: number, pageRows: number): number | undefined {
  if (rows === 0) return undefined;
  const target = gridMove(key, { row, col: 0 }, key === 'Home' || key === 'End', pageRows, rows, 1);
  if (!target || target.col !== 0) return undefined;
  return Math.min(rows - 1, Math.max(0, target.row));
}
