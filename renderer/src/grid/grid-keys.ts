/** A cell of a keyboard grid by row and column number. */
export interface GridPlace {
  row: number;
  col: number;
}

/**
 * Where a navigation key moves the active cell of an ARIA grid (arrows, Page keys by a screenful, Home
 * and End along the row, with Ctrl to the first and last row), or undefined for any other key. The
 * caller clamps the result to the grid.
 */
export function gridMove(key: string, place: GridPlace, ctrl: boolean, pageRows: number, rows: number, cols: number): GridPlace | undefined {
  const moves: Partial<Record<string, GridPlace>> = {
    ArrowDown: { row: place.row + 1, col: place.col },
    ArrowUp: { row: place.row - 1, col: place.col },
    ArrowRight: { row: place.row, col: place.col + 1 },
    ArrowLeft: { row: place.row, col: place.col - 1 },
    PageDown: { row: place.row + pageRows, col: place.col },
    PageUp: { row: place.row - pageRows, col: place.col },
    Home: ctrl ? { row: 0, col: place.col } : { row: place.row, col: 0 },
    End: ctrl ? { row: rows - 1, col: place.col } : { row: place.row, col: cols - 1 },
  };
  return moves[key];
}
