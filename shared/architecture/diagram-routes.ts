import type { DiagramBox } from './diagram-types';
import { headerHeight } from './diagram-text';
import { MinHeap } from './min-heap';

/** Distances from a box's sides at which routing lines run, and the costs that shape a route. */
const CLEARANCES = [10, 18];
/** No line runs closer than this to a box it does not belong to. */
const KEEP_OUT = 6;
const BEND_COST = 30;
/** Per unit of length on a stretch another edge already uses: lines spread out where there is room. */
const SHARED_COST = 2;
/**
 * Above this many boxes the search counts distance double (weighted A*): it heads for the goal instead
 * of widening through every equally good detour. Routes may bend a little more, but big drawings stay fast.
 */
const LARGE_DRAWING = 80;

export interface RouteRequest {
  from: DiagramBox;
  to: DiagramBox;
}

export interface Route {
  points: [number, number][];
  clear: boolean;
}

/**
 * The routing grid: candidate x and y lines along every box's sides (at a clearance), through its
 * quarter points (ports) and around the drawing. Which boxes a point lies in is worked out when a
 * search first reaches it and then kept, so large drawings cost only the points searches visit.
 */
class Grid {
  readonly xs: number[];
  readonly ys: number[];
  /** For each x line, the boxes whose keep-out zone spans it: the only ones a point on it can be inside. */
  private readonly columns: number[][];
  private readonly holders = new Map<number, number[]>();

  constructor(
    readonly boxes: DiagramBox[],
    width: number,
    height: number,
  ) {
    const lines = (pick: (b: DiagramBox) => [number, number], limit: number) => {
      const set = new Set<number>([4, limit - 4]);
      for (const box of boxes) {
        const [start, size] = pick(box);
        for (const c of CLEARANCES) set.add(start - c).add(start + size + c);
        for (const q of [0.25, 0.5, 0.75]) set.add(Math.round(start + size * q));
      }
      return [...set].filter((v) => v >= 0 && v <= limit).sort((a, b) => a - b);
    };
    this.xs = lines((b) => [b.x, b.width], width);
    this.ys = lines((b) => [b.y, b.height], height);
    this.columns = this.xs.map((x) => boxes.flatMap((b, i) => (x > b.x - KEEP_OUT && x < b.x + b.width + KEEP_OUT ? [i] : [])));
  }

  /** The boxes point (i, j) lies inside or too close to, and −(k+1) for each container header band it is in. */
  inside(i: number, j: number): number[] {
    const key = this.index(i, j);
    const known = this.holders.get(key);
    if (known) return known;
    const x = this.xs[i] ?? 0;
    const y = this.ys[j] ?? 0;
    const found: number[] = [];
    for (const k of this.columns[i] ?? []) {
      const b = this.boxes[k];
      if (!b) continue;
      if (y > b.y - KEEP_OUT && y < b.y + b.height + KEEP_OUT) found.push(k);
      // A container's header band (its name) is kept clear of lines that merely pass through the container.
      if (b.container && x > b.x && x < b.x + b.width && y > b.y && y < b.y + headerHeight(b.lines.length)) found.push(-(k + 1));
    }
    this.holders.set(key, found);
    return found;
  }

  index(i: number, j: number): number {
    return j * this.xs.length + i;
  }

  /** The grid point nearest to a box's centre (its centre lines are grid lines, so it is exact). */
  centreOf(box: DiagramBox): [number, number] {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const nearest = (values: number[], v: number) => values.reduce((best, value, k) => (Math.abs(value - v) < Math.abs((values[best] ?? 0) - v) ? k : best), 0);
    return [nearest(this.xs, cx), nearest(this.ys, cy)];
  }
}

/** Moves on the grid: +x, −x, +y, −y. */
const MOVES: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

const insideOrOn = (b: DiagramBox, [x, y]: [number, number]) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

/**
 * Cuts a centre-to-centre path down to the part between the two boxes: from where it last leaves the
 * `from` box to where it first enters the `to` box. Null when the ends nest or touch and no such part exists.
 */
function clip(path: [number, number][], from: DiagramBox, to: DiagramBox): [number, number][] | null {
  let exit = -1;
  path.forEach((p, k) => {
    if (insideOrOn(from, p)) exit = k;
  });
  const enter = path.findIndex((p, k) => k > exit && insideOrOn(to, p));
  if (exit < 0 || enter <= exit) return null;
  const crossing = (a: [number, number], b: [number, number], box: DiagramBox, leaving: boolean): [number, number] => {
    if (a[1] === b[1]) {
      const rightward = b[0] > a[0];
      return [rightward === leaving ? box.x + box.width : box.x, a[1]];
    }
    const downward = b[1] > a[1];
    return [a[0], downward === leaving ? box.y + box.height : box.y];
  };
  const afterExit = path[exit + 1];
  const beforeEnter = path[enter - 1];
  const exitPoint = path[exit];
  const enterPoint = path[enter];
  if (!afterExit || !beforeEnter || !exitPoint || !enterPoint) return null;
  const start = crossing(exitPoint, afterExit, from, true);
  const end = crossing(beforeEnter, enterPoint, to, false);
  return [start, ...path.slice(exit + 1, enter), end];
}

/** Drops the middle point of three in a line, so a route is just its corners. */
function corners(points: [number, number][]): [number, number][] {
  return points.filter((p, k) => {
    const a = points[k - 1];
    const b = points[k + 1];
    if (!a || !b) return true;
    return !((a[0] === p[0] && p[0] === b[0]) || (a[1] === p[1] && p[1] === b[1]));
  });
}

/**
 * Routes every edge with axis-parallel segments around the boxes it does not belong to (A* on the grid,
 * with a cost for each bend and for sharing a stretch with an earlier edge). An edge may pass through
 * its own ends, what they contain and what contains them; where no such route exists it is drawn as a
 * straight line and marked not clear. Deterministic: the same boxes and requests give the same routes.
 */
export function routeEdges(boxes: DiagramBox[], requests: RouteRequest[], width: number, height: number): Route[] {
  const grid = new Grid(boxes, width, height);
  const indexOf = new Map(boxes.map((b, i) => [b.key, i]));
  const parentOf = new Map(boxes.map((b) => [b.key, b.parent]));
  /** What an edge from `key` may pass through: its box and everything inside it, and the boxes around it (not their headers). */
  const family = (key: string): Set<number> => {
    const set = new Set<number>();
    for (let k = parentOf.get(key); k; k = parentOf.get(k)) set.add(indexOf.get(k) ?? 0);
    const within = (k: string | null | undefined): boolean => k === key || (k ? within(parentOf.get(k)) : false);
    boxes.forEach((b, i) => {
      if (within(b.key)) set.add(i).add(-(i + 1));
    });
    return set;
  };
  const used = { h: new Map<number, number>(), v: new Map<number, number>() };
  return requests.map(({ from, to }) => {
    const allowed = new Set([...family(from.key), ...family(to.key)]);
    const path = search(grid, grid.centreOf(from), grid.centreOf(to), allowed, used);
    const clipped = path ? clip(path, from, to) : null;
    if (!path || !clipped) return { points: straight(from, to), clear: false };
    return { points: corners(clipped), clear: true };
  });
}

function straight(from: DiagramBox, to: DiagramBox): [number, number][] {
  return [
    [from.x + from.width / 2, from.y + from.height / 2],
    [to.x + to.width / 2, to.y + to.height / 2],
  ];
}

function search(
  grid: Grid,
  start: [number, number],
  goal: [number, number],
  allowed: Set<number>,
  used: { h: Map<number, number>; v: Map<number, number> },
): [number, number][] | null {
  const nx = grid.xs.length;
  const ny = grid.ys.length;
  const free = (i: number, j: number) => grid.inside(i, j).every((b) => allowed.has(b));
  const x = (i: number) => grid.xs[i] ?? 0;
  const y = (j: number) => grid.ys[j] ?? 0;
  const weight = grid.boxes.length > LARGE_DRAWING ? 2 : 1;
  const heuristic = (i: number, j: number) => weight * (Math.abs(x(i) - x(goal[0])) + Math.abs(y(j) - y(goal[1])));
  // A state is a point and the direction it was entered in (4 = the start, entered from nowhere). Costs
  // live in maps: a search touches a small part of a large grid.
  const cost = new Map<number, number>();
  const came = new Map<number, number>();
  const heap = new MinHeap();
  const first = grid.index(start[0], start[1]) * 5 + 4;
  cost.set(first, 0);
  heap.push(heuristic(start[0], start[1]), first);
  const done = new Set<number>();
  while (heap.size > 0) {
    const state = heap.pop();
    if (done.has(state)) continue;
    done.add(state);
    const point = Math.floor(state / 5);
    const dir = state % 5;
    const i = point % nx;
    const j = Math.floor(point / nx);
    if (i === goal[0] && j === goal[1]) return unwind(grid, came, state, used);
    const here = cost.get(state) ?? Infinity;
    MOVES.forEach(([di, dj], d) => {
      const ni = i + di;
      const nj = j + dj;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny || !free(ni, nj)) return;
      const length = Math.abs(x(ni) - x(i)) + Math.abs(y(nj) - y(j));
      const segment = dj === 0 ? used.h.get(grid.index(Math.min(i, ni), j)) : used.v.get(grid.index(i, Math.min(j, nj)));
      const step = length * (1 + SHARED_COST * (segment ?? 0)) + (dir !== 4 && dir !== d ? BEND_COST : 0);
      const next = grid.index(ni, nj) * 5 + d;
      if (here + step < (cost.get(next) ?? Infinity)) {
        cost.set(next, here + step);
        came.set(next, state);
        heap.push(here + step + heuristic(ni, nj), next);
      }
    });
  }
  return null;
}

/** Walks back from the goal, recording each stretch as used so later edges prefer other lines. */
function unwind(grid: Grid, came: Map<number, number>, end: number, used: { h: Map<number, number>; v: Map<number, number> }): [number, number][] {
  const nx = grid.xs.length;
  const cells: [number, number][] = [];
  for (let s = end; s >= 0; s = came.get(s) ?? -1) {
    const point = Math.floor(s / 5);
    cells.push([point % nx, Math.floor(point / nx)]);
  }
  cells.reverse();
  cells.forEach(([i, j], k) => {
    const prev = cells[k - 1];
    if (!prev) return;
    const map = prev[1] === j ? used.h : used.v;
    const key = prev[1] === j ? grid.index(Math.min(prev[0], i), j) : grid.index(i, Math.min(prev[1], j));
    map.set(key, (map.get(key) ?? 0) + 1);
  });
  return cells.map(([i, j]) => [grid.xs[i] ?? 0, grid.ys[j] ?? 0]);
}
