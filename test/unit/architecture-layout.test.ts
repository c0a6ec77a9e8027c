import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../shared/architecture/diagram-layout';
import { textWidth, DIAGRAM_TEXT } from '../../shared/architecture/diagram-text';
import type { DiagramBox, DiagramInput, DiagramLayout, DiagramSoftware } from '../../shared/architecture/diagram-types';

const node = (id: number, kind: DiagramSoftware['kind'], name: string, children: DiagramSoftware[] = [], safetyClass: DiagramSoftware['safetyClass'] = 'B'): DiagramSoftware => ({
  id,
  humanId: `${kind === 'system' ? 'SYS' : kind === 'item' ? 'ITEM' : 'UNIT'}-${String(id).padStart(3, '0')}`,
  kind,
  name,
  safetyClass,
  children,
});

/** A spirometry app and portal with externals and SOUP, close to what the demo records. */
const INPUT: DiagramInput = {
  software: [
    node(1, 'system', 'BreathWise mobile app', [
      node(2, 'item', 'Spirometer link', [node(7, 'unit', 'BLE session manager'), node(8, 'unit', 'Flow sample decoder')]),
      node(3, 'item', 'Measurement and quality checks'),
      node(4, 'item', 'Trend analysis and alerts'),
      node(5, 'item', 'Education content viewer', [], 'A'),
    ]),
    node(6, 'system', 'BreathWise clinician portal', [], 'A'),
  ],
  soup: [
    { id: 1, humanId: 'SOUP-1', name: 'SQLCipher 4.6' },
    { id: 2, humanId: 'SOUP-2', name: 'react-native-ble-plx 3.2' },
  ],
  interfaces: [
    { id: 1, humanId: 'IF-1', name: 'BLE flow stream', from: { kind: 'external', name: 'Spirometer' }, to: { kind: 'software', id: 7 }, twoWay: true },
    { id: 2, humanId: 'IF-2', name: 'Samples', from: { kind: 'software', id: 8 }, to: { kind: 'software', id: 3 }, twoWay: false },
    { id: 3, humanId: 'IF-3', name: 'Session results', from: { kind: 'software', id: 3 }, to: { kind: 'software', id: 4 }, twoWay: false },
    { id: 4, humanId: 'IF-4', name: 'Sync API', from: { kind: 'software', id: 1 }, to: { kind: 'software', id: 6 }, twoWay: true },
    { id: 5, humanId: 'IF-5', name: 'Encrypted store', from: { kind: 'software', id: 3 }, to: { kind: 'soup', id: 1 }, twoWay: true },
    { id: 6, humanId: 'IF-6', name: 'BLE stack', from: { kind: 'software', id: 7 }, to: { kind: 'soup', id: 2 }, twoWay: true },
    { id: 7, humanId: 'IF-7', name: 'Hospital EHR export', from: { kind: 'software', id: 6 }, to: { kind: 'external', name: 'Hospital EHR' }, twoWay: false },
  ],
};

const contains = (outer: DiagramBox, inner: DiagramBox) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: DiagramBox, b: DiagramBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function lineage(layout: DiagramLayout, key: string): Set<string> {
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  const set = new Set<string>();
  for (let k: string | null = key; k; k = byKey.get(k)?.parent ?? null) set.add(k);
  return set;
}

function related(layout: DiagramLayout, a: string, b: string): boolean {
  return lineage(layout, a).has(b) || lineage(layout, b).has(a);
}

/** Does an axis-parallel segment pass through the inside of a box (touching its border is fine)? */
function crosses([ax, ay]: [number, number], [bx, by]: [number, number], box: DiagramBox): boolean {
  const [x1, x2] = [Math.min(ax, bx), Math.max(ax, bx)];
  const [y1, y2] = [Math.min(ay, by), Math.max(ay, by)];
  return x1 < box.x + box.width && x2 > box.x && y1 < box.y + box.height && y2 > box.y;
}

function onBorder([x, y]: [number, number], box: DiagramBox): boolean {
  const within = x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  return within && (x === box.x || x === box.x + box.width || y === box.y || y === box.y + box.height);
}

function checkLayout(input: DiagramInput, layout: DiagramLayout) {
  const boxes = layout.boxes;
  for (const [i, a] of boxes.entries()) {
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    if (a.parent) expect(contains(boxes.find((b) => b.key === a.parent) as DiagramBox, a), `${a.key} inside ${a.parent}`).toBe(true);
    for (const b of boxes.slice(i + 1)) {
      if (!related(layout, a.key, b.key)) expect(overlap(a, b), `${a.key} overlaps ${b.key}`).toBe(false);
    }
  }
  expect(layout.edges.map((e) => e.label).sort()).toEqual(input.interfaces.map((i) => i.humanId).sort());
  for (const edge of layout.edges) {
    const from = boxes.find((b) => b.key === edge.from) as DiagramBox;
    const to = boxes.find((b) => b.key === edge.to) as DiagramBox;
    expect(edge.clear, `${edge.label} routed`).toBe(true);
    expect(onBorder(edge.points[0] as [number, number], from), `${edge.label} starts on ${from.key}`).toBe(true);
    expect(onBorder(edge.points.at(-1) as [number, number], to), `${edge.label} ends on ${to.key}`).toBe(true);
    edge.points.slice(1).forEach((p, k) => {
      const q = edge.points[k] as [number, number];
      expect(p[0] === q[0] || p[1] === q[1], `${edge.label} is axis-parallel`).toBe(true);
      for (const box of boxes) {
        if (related(layout, box.key, edge.from) || related(layout, box.key, edge.to)) continue;
        expect(crosses(q, p, box), `${edge.label} crosses ${box.key}`).toBe(false);
      }
    });
  }
}

describe('architecture diagram layout', () => {
  it('gives the same layout for the same input, whatever order the interfaces come in', () => {
    const first = layoutDiagram(INPUT);
    expect(layoutDiagram(structuredClone(INPUT))).toEqual(first);
    expect(layoutDiagram({ ...INPUT, interfaces: [...INPUT.interfaces].reverse() })).toEqual(first);
  });

  it('nests items in systems and units in items, with no overlapping boxes and every edge routed around the rest', () => {
    const layout = layoutDiagram(INPUT);
    checkLayout(INPUT, layout);
    const kinds = (kind: string) => layout.boxes.filter((b) => b.kind === kind).map((b) => b.caption);
    expect(kinds('system')).toEqual(['SYS-001', 'SYS-006']);
    expect(kinds('unit')).toEqual(['UNIT-007', 'UNIT-008']);
    expect(kinds('external').length).toBe(2);
    expect(kinds('soup').sort()).toEqual(['SOUP-1', 'SOUP-2']);
    expect(layout.boxes.find((b) => b.key === 'software:7')?.parent).toBe('software:2');
  });

  it('puts external systems above the software and SOUP below it', () => {
    const layout = layoutDiagram(INPUT);
    const bottom = (kind: string) => Math.max(...layout.boxes.filter((b) => b.kind === kind).map((b) => b.y + b.height));
    const top = (kind: string) => Math.min(...layout.boxes.filter((b) => b.kind === kind).map((b) => b.y));
    expect(bottom('external')).toBeLessThan(top('system'));
    expect(bottom('system')).toBeLessThan(top('soup'));
  });

  it('keeps labels inside their boxes and arrows the way data flows', () => {
    const layout = layoutDiagram(INPUT);
    for (const box of layout.boxes) {
      for (const line of box.lines) expect(textWidth(line, DIAGRAM_TEXT.name)).toBeLessThanOrEqual(box.width);
    }
    expect(layout.edges.find((e) => e.label === 'IF-2')?.arrowAtFrom).toBe(false);
    expect(layout.edges.find((e) => e.label === 'IF-1')?.arrowAtFrom).toBe(true);
  });

  it('wraps and shortens very long names instead of growing the box without end', () => {
    const long = 'A very long software item name that keeps going and going well past anything a box could hold';
    const layout = layoutDiagram({ software: [node(1, 'system', 'S', [node(2, 'item', long)])], soup: [], interfaces: [] });
    const item = layout.boxes.find((b) => b.key === 'software:2');
    expect(item?.lines.length).toBe(3);
    expect(item?.lines.at(-1)?.endsWith('…')).toBe(true);
  });

  it('draws a SOUP end that is missing from the SOUP list instead of dropping its interface', () => {
    const input: DiagramInput = {
      software: [node(1, 'system', 'S')],
      soup: [],
      interfaces: [{ id: 1, humanId: 'IF-1', name: 'x', from: { kind: 'software', id: 1 }, to: { kind: 'soup', id: 9 }, twoWay: false }],
    };
    const layout = layoutDiagram(input);
    expect(layout.boxes.find((b) => b.key === 'soup:9')?.caption).toBe('SOUP #9');
    checkLayout(input, layout);
  });

  it('lays out a larger generated architecture cleanly', () => {
    const systems = Array.from({ length: 3 }, (_, s) =>
      node(
        100 * (s + 1),
        'system',
        `System ${s + 1}`,
        Array.from({ length: 5 }, (_, i) => node(100 * (s + 1) + i + 1, 'item', `Item ${s + 1}.${i + 1}`, i % 2 ? [node(1000 * (s + 1) + i, 'unit', `Unit ${s + 1}.${i}`)] : [])),
      ),
    );
    const ids = systems.flatMap((s) => s.children.map((c) => c.id));
    const interfaces = ids.map((id, k) => ({
      id: k + 1,
      humanId: `IF-${k + 1}`,
      name: `link ${k + 1}`,
      from: { kind: 'software' as const, id },
      to:
        k % 4 === 0
          ? { kind: 'external' as const, name: `Device ${k % 3}` }
          : k % 4 === 1
            ? { kind: 'soup' as const, id: k % 2 }
            : { kind: 'software' as const, id: ids[(k * 7) % ids.length] === id ? (ids[0] ?? 0) : (ids[(k * 7) % ids.length] ?? 0) },
      twoWay: k % 2 === 0,
    }));
    const input: DiagramInput = {
      software: systems,
      soup: [
        { id: 0, humanId: 'SOUP-0', name: 'zlib' },
        { id: 1, humanId: 'SOUP-1', name: 'openssl' },
      ],
      interfaces: interfaces.filter((i) => !(i.to.kind === 'software' && i.to.id === i.from.id)),
    };
    const layout = layoutDiagram(input);
    checkLayout(input, layout);
    expect(layoutDiagram(structuredClone(input))).toEqual(layout);
  });
});
