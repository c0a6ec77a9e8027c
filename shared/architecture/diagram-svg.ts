import { DIAGRAM_TEXT, textWidth } from './diagram-text';
import type { DiagramBox, DiagramEdge, DiagramLayout } from './diagram-types';

/** Colours of the diagram, close to the app's palette and legible in print. */
export const DIAGRAM_COLOURS = {
  ink: '#1f2933',
  muted: '#52606d',
  line: '#3e4c59',
  system: '#f5f7fa',
  item: '#ffffff',
  unit: '#f0f4f8',
  soup: '#fff8e6',
  external: '#eef6f2',
  border: '#7b8794',
  classA: '#2f7d4f',
  classB: '#b7791f',
  classC: '#b83232',
} as const;

export const BOX_FILL: Record<DiagramBox['kind'], string> = {
  system: DIAGRAM_COLOURS.system,
  item: DIAGRAM_COLOURS.item,
  unit: DIAGRAM_COLOURS.unit,
  soup: DIAGRAM_COLOURS.soup,
  external: DIAGRAM_COLOURS.external,
};

export const CLASS_COLOUR = { A: DIAGRAM_COLOURS.classA, B: DIAGRAM_COLOURS.classB, C: DIAGRAM_COLOURS.classC } as const;

/** SVG path data of an arrowhead at `tip`, pointing away from `from`. */
export function arrowHead(from: [number, number], tip: [number, number], size = 7): string {
  const dx = Math.sign(tip[0] - from[0]);
  const dy = Math.sign(tip[1] - from[1]);
  const back: [number, number] = [tip[0] - dx * size, tip[1] - dy * size];
  const side: [number, number] = [dy * size * 0.5, dx * size * 0.5];
  return `M${tip[0]} ${tip[1]} L${back[0] + side[0]} ${back[1] + side[1]} L${back[0] - side[0]} ${back[1] - side[1]} Z`;
}

export function edgePath(edge: DiagramEdge): string {
  return edge.points.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}

/** Where a box's caption, name lines and class badge sit, for both renderers. */
export function boxText(box: DiagramBox) {
  const left = box.x + 8;
  const captionY = box.y + 6 + DIAGRAM_TEXT.caption;
  const lines = box.lines.map((text, k) => ({ text, x: left, y: captionY + 3 + (k + 1) * DIAGRAM_TEXT.lineHeight }));
  const badge = box.safetyClass ? { x: box.x + box.width - 24, y: box.y + 5, width: 18, height: 12, text: box.safetyClass } : null;
  return { caption: { text: box.caption, x: left, y: captionY }, lines, badge };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function boxSvg(box: DiagramBox): string {
  const t = boxText(box);
  const dash = box.kind === 'external' ? ' stroke-dasharray="4 3"' : '';
  const parts = [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="4" fill="${BOX_FILL[box.kind]}" stroke="${DIAGRAM_COLOURS.border}" stroke-width="${box.container ? 1.2 : 0.8}"${dash}/>`,
    `<text x="${t.caption.x}" y="${t.caption.y}" font-family="Roboto" font-size="${DIAGRAM_TEXT.caption}" fill="${DIAGRAM_COLOURS.muted}">${escapeXml(t.caption.text)}</text>`,
    ...t.lines.map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-family="Roboto" font-size="${DIAGRAM_TEXT.name}" font-weight="${box.container ? 'bold' : 'normal'}" fill="${DIAGRAM_COLOURS.ink}">${escapeXml(l.text)}</text>`,
    ),
  ];
  if (t.badge && box.safetyClass) {
    const colour = CLASS_COLOUR[box.safetyClass];
    parts.push(
      `<rect x="${t.badge.x}" y="${t.badge.y}" width="${t.badge.width}" height="${t.badge.height}" rx="3" fill="${colour}"/>`,
      `<text x="${t.badge.x + t.badge.width / 2}" y="${t.badge.y + 9}" font-family="Roboto" font-size="8" font-weight="bold" fill="#ffffff" text-anchor="middle">${t.badge.text}</text>`,
    );
  }
  return parts.join('');
}

function edgeSvg(edge: DiagramEdge): string {
  const points = edge.points;
  const last = points.at(-1);
  const beforeLast = points.at(-2);
  const first = points[0];
  const second = points[1];
  const heads = [last && beforeLast ? arrowHead(beforeLast, last) : '', edge.arrowAtFrom && first && second ? arrowHead(second, first) : ''].filter(Boolean);
  const labelWidth = textWidth(edge.label, DIAGRAM_TEXT.caption) + 4;
  const [lx, ly] = edge.labelAt;
  return [
    `<path d="${edgePath(edge)}" fill="none" stroke="${DIAGRAM_COLOURS.line}" stroke-width="1"${edge.clear ? '' : ' stroke-dasharray="2 2"'}/>`,
    ...heads.map((d) => `<path d="${d}" fill="${DIAGRAM_COLOURS.line}"/>`),
    `<rect x="${lx - 2}" y="${ly - DIAGRAM_TEXT.caption}" width="${labelWidth}" height="${DIAGRAM_TEXT.caption + 3}" fill="#ffffff" fill-opacity="0.85"/>`,
    `<text x="${lx}" y="${ly}" font-family="Roboto" font-size="${DIAGRAM_TEXT.caption}" fill="${DIAGRAM_COLOURS.ink}">${escapeXml(edge.label)}</text>`,
  ].join('');
}

/**
 * The laid-out diagram as a standalone SVG document (for the PDF, where pdfmake draws it as vector
 * paths and real text, and for the command line). Boxes are drawn outermost first, edges on top.
 */
export function diagramSvg(layout: DiagramLayout): string {
  const boxes = [...layout.boxes].sort((a, b) => a.depth - b.depth).map(boxSvg);
  const edges = layout.edges.map(edgeSvg);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">${boxes.join('')}${edges.join('')}</svg>`;
}
