/** A rectangle in screen coordinates (the shape Electron uses for bounds and work areas). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs: the normal (unmaximised) bounds and whether it was maximised. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** Larger than any real display arrangement: a bigger value means the file is damaged. */
const MAX_EXTENT = 32_000;
/** How much of the window must overlap a display for its title bar to be reachable with the mouse. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

function isFiniteInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function parseRect(value: unknown): Rect | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isFiniteInt(v.x, -MAX_EXTENT, MAX_EXTENT) || !isFiniteInt(v.y, -MAX_EXTENT, MAX_EXTENT)) return null;
  if (!isFiniteInt(v.width, MIN_SIZE.width, MAX_EXTENT) || !isFiniteInt(v.height, MIN_SIZE.height, MAX_EXTENT)) return null;
  return { x: v.x, y: v.y, width: v.width, height: v.height };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** True when enough of the window's top edge lies on one of the displays to grab and move it. */
export function isReachable(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: MIN_VISIBLE.height };
  return workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
}

/**
 * Turns whatever was read from disk into a state worth restoring, or null: a damaged file, a
 * window smaller than the minimum, or one left on a display that is no longer attached is ignored
 * rather than trusted, so the app always opens where it can be seen.
 */
export function parseWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  const bounds = parseRect(v.bounds);
  if (!bounds || typeof v.maximized !== 'boolean') return null;
  if (!isReachable(bounds, workAreas)) return null;
  return { bounds, maximized: v.maximized };
}
