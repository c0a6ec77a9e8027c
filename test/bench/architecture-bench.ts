import { layoutBoxes } from '../../shared/architecture/diagram-boxes';
import { layoutDiagram } from '../../shared/architecture/diagram-layout';
import { diagramSvg } from '../../shared/architecture/diagram-svg';
import type { DiagramInput, DiagramSoftware } from '../../shared/architecture/diagram-types';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';

/**
 * A generated architecture: `systems` systems of `items` items, every other item split into two units,
 * one interface per item (to a sibling, an external system or a SOUP item, in turn).
 */
function generated(systems: number, items: number): DiagramInput {
  let id = 0;
  const software: DiagramSoftware[] = Array.from({ length: systems }, (_, s) => ({
    id: ++id,
    humanId: `SYS-${id}`,
    kind: 'system',
    name: `System ${s + 1}`,
    safetyClass: 'B',
    children: Array.from({ length: items }, (_, i) => {
      const itemId = ++id;
      const units: DiagramSoftware[] =
        i % 2 ? [0, 1].map((u) => ({ id: ++id, humanId: `UNIT-${id}`, kind: 'unit', name: `Unit ${u + 1} of item ${i + 1}`, safetyClass: 'B', children: [] })) : [];
      return { id: itemId, humanId: `ITEM-${itemId}`, kind: 'item', name: `Item ${s + 1}.${i + 1}`, safetyClass: i % 5 === 0 ? 'A' : 'B', children: units };
    }),
  }));
  const itemIds = software.flatMap((s) => s.children.map((c) => c.id));
  const interfaces = itemIds.map((from, k) => ({
    id: k + 1,
    humanId: `IF-${k + 1}`,
    name: `Link ${k + 1}`,
    from: { kind: 'software' as const, id: from },
    to:
      k % 3 === 0
        ? { kind: 'external' as const, name: `Device ${k % 4}` }
        : k % 3 === 1
          ? { kind: 'soup' as const, id: k % 5 }
          : { kind: 'software' as const, id: itemIds[(k + 3) % itemIds.length] ?? from },
    twoWay: k % 2 === 0,
  }));
  return {
    software,
    soup: Array.from({ length: 5 }, (_, i) => ({ id: i, humanId: `SOUP-${i}`, name: `library-${i}` })),
    interfaces: interfaces.filter((i) => !(i.to.kind === 'software' && i.to.id === i.from.id)),
  };
}

/** Layout time of growing architectures: boxes alone, then with every edge routed, and the SVG. */
export const architectureBench: Bench = {
  name: 'architecture diagram layout',
  run: async () => {
    for (const [systems, items] of [
      [2, 4],
      [3, 8],
      [4, 15],
      [6, 25],
    ] as const) {
      const input = generated(systems, items);
      const boxesOnly = await timed(() => layoutBoxes(input));
      const full = await timed(() => layoutDiagram(input));
      const svg = await timed(() => diagramSvg(full.value));
      const clear = full.value.edges.filter((e) => e.clear).length;
      const label = `${full.value.boxes.length} boxes, ${full.value.edges.length} edges`;
      figure(`${label}: boxes only`, boxesOnly.ms, 'ms');
      figure(
        `${label}: boxes and routed edges`,
        full.ms,
        'ms',
        `${(full.ms / Math.max(boxesOnly.ms, 0.01)).toFixed(0)}× boxes only; ${clear}/${full.value.edges.length} routed clear`,
      );
      figure(`${label}: SVG`, svg.ms, 'ms', `${Math.round(svg.value.length / 1024)} KiB`);
    }
  },
};
