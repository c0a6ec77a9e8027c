import { endKey, layoutBoxes, SPACING } from './diagram-boxes';
import { routeEdges } from './diagram-routes';
import { DIAGRAM_TEXT, textWidth } from './diagram-text';
import type { DiagramBox, DiagramEdge, DiagramInput, DiagramLayout } from './diagram-types';

/** A label's rectangle when its baseline starts at `at`. */
function labelRect(label: string, [x, y]: [number, number]) {
  return { x: x - 2, y: y - DIAGRAM_TEXT.caption, width: textWidth(label, DIAGRAM_TEXT.caption) + 4, height: DIAGRAM_TEXT.caption + 3 };
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The parts of boxes a label must not cover: leaf boxes whole, containers only their header band. */
function textAreas(boxes: DiagramBox[]) {
  return boxes.map((b) => (b.container ? { x: b.x, y: b.y, width: b.width, height: 14 + b.lines.length * DIAGRAM_TEXT.lineHeight } : b));
}

/**
 * Where an edge's label goes: beside a stretch of the edge, trying the longest stretches first and
 * several spots along each, taking the first spot that covers no box text and no earlier label.
 */
function labelPoint(label: string, points: [number, number][], areas: { x: number; y: number; width: number; height: number }[]): [number, number] {
  const stretches = points.slice(1).map((q, k) => [points[k] ?? q, q] as const);
  stretches.sort((a, b) => Math.abs(b[1][0] - b[0][0]) + Math.abs(b[1][1] - b[0][1]) - (Math.abs(a[1][0] - a[0][0]) + Math.abs(a[1][1] - a[0][1])));
  const candidates: [number, number][] = [];
  for (const [[ax, ay], [bx, by]] of stretches) {
    const vertical = ax === bx;
    for (const t of [0.5, 0.3, 0.7, 0.15, 0.85]) {
      const mx = ax + (bx - ax) * t;
      const my = ay + (by - ay) * t;
      if (vertical) candidates.push([mx + 4, my + 3], [mx - 4 - textWidth(label, DIAGRAM_TEXT.caption), my + 3]);
      else candidates.push([mx - textWidth(label, DIAGRAM_TEXT.caption) / 2, my - 4], [mx - textWidth(label, DIAGRAM_TEXT.caption) / 2, my + 12]);
    }
  }
  const free = candidates.find((c) => !areas.some((a) => overlaps(labelRect(label, c), a)));
  return free ?? candidates[0] ?? points[0] ?? [0, 0];
}

/**
 * Lays out the architecture diagram: nested boxes for systems, items and units, bands for external
 * systems (above) and SOUP (below), and every interface as an orthogonal edge routed around unrelated
 * boxes. Pure and deterministic, so the screen, the PDF and the tests all see the same picture.
 */
export function layoutDiagram(input: DiagramInput): DiagramLayout {
  const boxes = layoutBoxes(input);
  const width = Math.round(Math.max(SPACING.margin * 2 + SPACING.leafMin, ...boxes.map((b) => b.x + b.width + SPACING.margin)));
  const height = Math.round(Math.max(SPACING.margin * 2 + 40, ...boxes.map((b) => b.y + b.height + SPACING.margin)));
  const byKey = new Map(boxes.map((b) => [b.key, b]));
  const interfaces = [...input.interfaces].sort((a, b) => a.id - b.id);
  const requests = interfaces.flatMap((i) => {
    const from = byKey.get(endKey(i.from));
    const to = byKey.get(endKey(i.to));
    return from && to ? [{ from, to, source: i }] : [];
  });
  const routes = routeEdges(boxes, requests, width, height);
  const areas = textAreas(boxes);
  const edges: DiagramEdge[] = requests.map(({ from, to, source }, k) => {
    const route = routes[k] ?? { points: [], clear: false };
    const labelAt = labelPoint(source.humanId, route.points, areas);
    // Later labels keep clear of this one too.
    areas.push(labelRect(source.humanId, labelAt));
    return {
      key: `interface:${source.id}`,
      label: source.humanId,
      name: source.name,
      from: from.key,
      to: to.key,
      points: route.points,
      labelAt,
      arrowAtFrom: source.twoWay,
      clear: route.clear,
    };
  });
  return { width, height, boxes, edges };
}
