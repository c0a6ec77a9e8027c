import type { DiagramBox, DiagramEnd, DiagramInput, DiagramSoftware } from './diagram-types';
import { DIAGRAM_TEXT, textWidth, wrapText } from './diagram-text';

/** Spacing in layout units; the gaps leave channels wide enough for several edges side by side. */
export const SPACING = { pad: 14, padV: 8, gap: 36, bandGap: 64, margin: 28, leafMin: 116, leafMax: 172, headerMax: 260, badge: 22 } as const;

const CAPTION_ROW = DIAGRAM_TEXT.caption + 4;

/** A box sized but not yet placed: children carry offsets from their parent's top-left corner. */
interface Measured {
  box: Omit<DiagramBox, 'x' | 'y' | 'parent' | 'depth'>;
  children: { dx: number; dy: number; node: Measured }[];
}

export const softwareKey = (id: number) => `software:${id}`;
export const soupKey = (id: number) => `soup:${id}`;
export const externalKey = (name: string) => `external:${name}`;

export function endKey(end: DiagramEnd): string {
  if (end.kind === 'software') return softwareKey(end.id);
  return end.kind === 'soup' ? soupKey(end.id) : externalKey(end.name);
}

function leaf(key: string, kind: DiagramBox['kind'], caption: string, name: string, safetyClass: DiagramBox['safetyClass']): Measured {
  const lines = wrapText(name, SPACING.leafMax - 2 * SPACING.pad, DIAGRAM_TEXT.name, 3);
  const widest = Math.max(textWidth(caption, DIAGRAM_TEXT.caption) + SPACING.badge + 6, ...lines.map((l) => textWidth(l, DIAGRAM_TEXT.name)));
  const width = Math.round(Math.min(SPACING.leafMax, Math.max(SPACING.leafMin, widest + 2 * SPACING.pad)));
  const height = 2 * SPACING.padV + CAPTION_ROW + lines.length * DIAGRAM_TEXT.lineHeight;
  return { box: { key, kind, caption, lines, safetyClass, container: false, width, height }, children: [] };
}

/** Columns for n children: a row for up to three, then a near-square grid. */
function columnsFor(n: number): number {
  return n <= 3 ? n : Math.ceil(Math.sqrt(n));
}

function measureSoftware(node: DiagramSoftware): Measured {
  if (node.children.length === 0) return leaf(softwareKey(node.id), node.kind, node.humanId, node.name, node.safetyClass);
  const kids = node.children.map(measureSoftware);
  const cols = columnsFor(kids.length);
  const rows = Math.ceil(kids.length / cols);
  const colWidth = Array.from({ length: cols }, (_, c) => Math.max(...kids.filter((_, i) => i % cols === c).map((k) => k.box.width)));
  const rowHeight = Array.from({ length: rows }, (_, r) => Math.max(...kids.slice(r * cols, r * cols + cols).map((k) => k.box.height)));
  const gridWidth = colWidth.reduce((s, w) => s + w, 0) + SPACING.gap * (cols - 1);
  const gridHeight = rowHeight.reduce((s, h) => s + h, 0) + SPACING.gap * (rows - 1);
  const headerText = Math.min(SPACING.headerMax, textWidth(node.name, DIAGRAM_TEXT.name)) + SPACING.badge;
  const inner = Math.max(gridWidth, SPACING.leafMin, headerText);
  const lines = wrapText(node.name, inner - SPACING.badge, DIAGRAM_TEXT.name, 2);
  const header = SPACING.padV + CAPTION_ROW + lines.length * DIAGRAM_TEXT.lineHeight + SPACING.padV;
  const left = SPACING.pad + (inner - gridWidth) / 2;
  const children = kids.map((kid, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const colLeft = colWidth.slice(0, c).reduce((s, w) => s + w + SPACING.gap, 0);
    const rowTop = rowHeight.slice(0, r).reduce((s, h) => s + h + SPACING.gap, 0);
    return { dx: left + colLeft + ((colWidth[c] ?? 0) - kid.box.width) / 2, dy: header + rowTop, node: kid };
  });
  const box = {
    key: softwareKey(node.id),
    kind: node.kind,
    caption: node.humanId,
    lines,
    safetyClass: node.safetyClass,
    container: true,
    width: Math.round(inner + 2 * SPACING.pad),
    height: Math.round(header + gridHeight + SPACING.pad),
  };
  return { box, children };
}

function place(measured: Measured, x: number, y: number, parent: string | null, depth: number, out: DiagramBox[]): void {
  out.push({ ...measured.box, x: Math.round(x), y: Math.round(y), parent, depth });
  for (const child of measured.children) place(child.node, x + child.dx, y + child.dy, measured.box.key, depth + 1, out);
}

/**
 * Places a band of boxes left to right, each as near as it can get to the mean x of what it connects to
 * (a barycentre step as in layered layouts), so lines to the row above or below run mostly straight.
 */
function placeBand(band: { measured: Measured; wish: number }[], y: number, out: DiagramBox[]): void {
  // Ties (and boxes with no partner placed yet, wish = Infinity) keep their given order.
  const ordered = band.map((entry, index) => ({ ...entry, index })).sort((a, b) => (a.wish === b.wish ? a.index - b.index : a.wish < b.wish ? -1 : 1));
  let right = SPACING.margin - SPACING.gap;
  for (const { measured, wish } of ordered) {
    const x = Math.max(right + SPACING.gap, Number.isFinite(wish) ? wish - measured.box.width / 2 : right + SPACING.gap);
    place(measured, x, y, null, 0, out);
    right = x + measured.box.width;
  }
}

/**
 * Sizes and places every box: external systems in a band above the software systems, SOUP in a band
 * below, software items nested inside their system (units inside their item) on a small grid.
 */
export function layoutBoxes(input: DiagramInput): DiagramBox[] {
  const externals = [...new Set(input.interfaces.flatMap((i) => [i.from, i.to]).flatMap((e) => (e.kind === 'external' ? [e.name] : [])))].sort();
  const soupIds = [...new Set(input.interfaces.flatMap((i) => [i.from, i.to]).flatMap((e) => (e.kind === 'soup' ? [e.id] : [])))].sort((a, b) => a - b);
  // An end whose SOUP record is missing still gets a box, so no interface silently drops out of the picture.
  const soup = soupIds.map((id) => input.soup.find((s) => s.id === id) ?? { id, humanId: `SOUP #${id}`, name: 'not in the SOUP list' });
  const externalMeasured = externals.map((name) => leaf(externalKey(name), 'external', 'External', name, null));
  const soupMeasured = soup.map((s) => leaf(soupKey(s.id), 'soup', s.humanId, s.name, null));
  const systems = input.software.map(measureSoftware);

  const out: DiagramBox[] = [];
  const bandHeight = (band: Measured[]) => Math.max(0, ...band.map((m) => m.box.height));
  const systemsTop = SPACING.margin + (externals.length ? bandHeight(externalMeasured) + SPACING.bandGap : 0);
  let x = SPACING.margin;
  for (const system of systems) {
    place(system, x, systemsTop, null, 0, out);
    x += system.box.width + SPACING.gap;
  }
  const centres = new Map(out.map((b) => [b.key, b.x + b.width / 2]));
  const wish = (key: string) => {
    const partners = input.interfaces.flatMap((i) => {
      const a = endKey(i.from);
      const b = endKey(i.to);
      return a === key ? [b] : b === key ? [a] : [];
    });
    const xs = partners.flatMap((p) => (centres.has(p) ? [centres.get(p) ?? 0] : []));
    return xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : Infinity;
  };
  placeBand(
    externalMeasured.map((measured) => ({ measured, wish: wish(measured.box.key) })),
    SPACING.margin,
    out,
  );
  const systemsBottom = systemsTop + bandHeight(systems);
  const soupTop = systemsBottom + (systems.length ? SPACING.bandGap : 0);
  placeBand(
    soupMeasured.map((measured) => ({ measured, wish: wish(measured.box.key) })),
    soupTop,
    out,
  );
  return out;
}
