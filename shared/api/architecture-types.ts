import type { DiagramLayout } from '../architecture/diagram-types';
import type { SafetyClass } from '../regulatory/safety-class';
import type { ClassSource, SoftwareNode } from './software-types';

export const INTERFACE_DIRECTIONS = ['one-way', 'two-way'] as const;
export type InterfaceDirection = (typeof INTERFACE_DIRECTIONS)[number];

export const END_KINDS = ['software', 'soup', 'external'] as const;
export type EndKind = (typeof END_KINDS)[number];

/** One end of an interface: a software system, item or unit; a SOUP item; or an external system or hardware, by name. */
export type InterfaceEnd = { kind: 'software'; id: number } | { kind: 'soup'; id: number } | { kind: 'external'; name: string };

/** How much a record matters for the software's class: the class requires it, it is advised, or it is up to the team. */
export type Need = 'required' | 'recommended' | 'optional';

/** An interface as stored. */
export interface InterfaceRecord {
  id: number;
  humanId: string;
  name: string;
  description: string;
  from: InterfaceEnd;
  to: InterfaceEnd;
  protocol: string;
  dataExchanged: string;
  direction: InterfaceDirection;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface InterfaceView extends InterfaceRecord {
  /** The ends as people read them: "ITEM-002 Spirometer link", "SOUP-3 SQLCipher", "Spirometer (external)". */
  fromLabel: string;
  toLabel: string;
}

/** An item's segregation (5.3.5): what the architecture does and how it is made effective, beside the class argument it supports. */
export interface SegregationView {
  item: { id: number; humanId: string; name: string; effectiveClass: SafetyClass; classSource: ClassSource };
  system: { humanId: string; name: string; effectiveClass: SafetyClass };
  need: Need;
  why: string;
  measure: string;
  effectiveness: string;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The latest segregation argument from the item's classification (kept there, shown here). */
  classification: { rationale: string; verification: string; decidedAt: string } | null;
}

/** A unit's detailed design (5.4.2, 5.4.3). */
export interface UnitDesignView {
  unit: { id: number; humanId: string; name: string; effectiveClass: SafetyClass };
  parent: { humanId: string; name: string };
  need: Need;
  design: string;
  interfaces: string;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Interfaces recorded in the architecture with this unit at one end. */
  linkedInterfaces: string[];
}

export interface ArchitectureView {
  projectClass: SafetyClass;
  /** Architecture (5.3) is required for class B and C, optional for A. */
  architectureNeed: Need;
  /** Detailed design of units (5.4.2–5.4.4) is required for class C. */
  detailedDesignNeed: Need;
  tree: SoftwareNode[];
  interfaces: InterfaceView[];
  segregation: SegregationView[];
  units: UnitDesignView[];
  /** SOUP items that can be an interface end. */
  soupOptions: { id: number; label: string }[];
  /** What the class requires and is still missing, in words. */
  gaps: string[];
  diagram: DiagramLayout;
}
