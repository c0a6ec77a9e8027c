import type { SafetyClass } from '../regulatory/safety-class';

/** What a diagram box stands for: a node of the software tree, a SOUP item, or something outside the software. */
export type DiagramNodeKind = 'system' | 'item' | 'unit' | 'soup' | 'external';

/** A software system, item or unit as the layout needs it: the tree with each node's effective class. */
export interface DiagramSoftware {
  id: number;
  humanId: string;
  kind: 'system' | 'item' | 'unit';
  name: string;
  safetyClass: SafetyClass;
  children: DiagramSoftware[];
}

/** One end of an interface, by reference: the layout turns each into a box key. */
export type DiagramEnd = { kind: 'software'; id: number } | { kind: 'soup'; id: number } | { kind: 'external'; name: string };

export interface DiagramInput {
  software: DiagramSoftware[];
  /** SOUP items used as interface ends, with what to print on their boxes. */
  soup: { id: number; humanId: string; name: string }[];
  interfaces: { id: number; humanId: string; name: string; from: DiagramEnd; to: DiagramEnd; twoWay: boolean }[];
}

export interface DiagramBox {
  key: string;
  kind: DiagramNodeKind;
  /** The human ID (SYS-001, SOUP-4) or, for an external system, "External". */
  caption: string;
  /** The name, wrapped into lines that fit the box. */
  lines: string[];
  safetyClass: SafetyClass | null;
  /** The box it sits in (a system or item), or null at the top level. */
  parent: string | null;
  /** Nesting depth: 0 for systems, SOUP and externals. */
  depth: number;
  /** Holds other boxes: its caption and name sit in a header band at the top. */
  container: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramEdge {
  key: string;
  /** The interface's human ID, printed beside the line. */
  label: string;
  name: string;
  from: string;
  to: string;
  /** Corner points from the edge of the `from` box to the edge of the `to` box, axis-parallel segments. */
  points: [number, number][];
  /** Where the label sits. */
  labelAt: [number, number];
  /** Arrowheads: always at `to`; at `from` too when data flows both ways. */
  arrowAtFrom: boolean;
  /** False when no route around the other boxes existed and the edge was drawn straight across them. */
  clear: boolean;
}

/** A laid-out diagram in abstract units (1 unit = 1 pt in the PDF, 1 px on screen). */
export interface DiagramLayout {
  width: number;
  height: number;
  boxes: DiagramBox[];
  edges: DiagramEdge[];
}
