import type { DiagramLayout } from './diagram-types';

const KIND_WORDS = { system: 'software system', item: 'software item', unit: 'software unit', soup: 'SOUP item', external: 'external system' } as const;

/** What a box is called in the text alternative: "ITEM-002 Spirometer link". */
export function boxName(layout: DiagramLayout, key: string): string {
  const box = layout.boxes.find((b) => b.key === key);
  if (!box) return key;
  const name = box.lines.join(' ');
  return box.kind === 'external' ? `${name} (external)` : `${box.caption} ${name}`;
}

/** One line per interface edge, in the order they are drawn: "IF-1 BLE link: A ↔ B". */
export function describeEdges(layout: DiagramLayout): string[] {
  return layout.edges.map((e) => `${e.label} ${e.name}: ${boxName(layout, e.from)} ${e.arrowAtFrom ? '↔' : '→'} ${boxName(layout, e.to)}`);
}

/** A sentence-length text alternative for the whole diagram: what it shows, counted by kind. */
export function describeDiagram(layout: DiagramLayout): string {
  const counts = (['system', 'item', 'unit', 'soup', 'external'] as const)
    .map((kind) => [kind, layout.boxes.filter((b) => b.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${KIND_WORDS[kind]}${n === 1 ? '' : 's'}`);
  const boxes = counts.length ? counts.join(', ') : 'no boxes';
  const edges = layout.edges.length
    ? `${layout.edges.length} interface${layout.edges.length === 1 ? '' : 's'} drawn as arrows in the direction data flows (listed in the interfaces table)`
    : 'no interfaces yet';
  return `Figure: ${boxes}; items are drawn inside their system, units inside their item, external systems above and SOUP below; ${edges}. Coloured badges give each node's safety class.`;
}
