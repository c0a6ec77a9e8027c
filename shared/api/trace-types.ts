import type { RelationKind } from '../requirements/relation-kinds';

/**
 * The kinds of record a trace link can join. Each area that owns one of these tables removes a record's
 * links when it removes the record, and marks them suspect when it changes the record.
 */
export const TRACE_ENTITIES = ['requirement', 'software_item', 'soup', 'interface', 'risk_control', 'hazardous_situation', 'test_case'] as const;
export type TraceEntity = (typeof TRACE_ENTITIES)[number];

/** One end of a link: the record's kind and its row id. */
export interface TraceRef {
  type: TraceEntity;
  id: number;
}

export interface TraceLink {
  id: number;
  from: TraceRef;
  to: TraceRef;
  /** For a relation between two requirements: what Cairn reads it as and the name its source gave it; null for other links. */
  relation: { kind: RelationKind; name: string } | null;
  createdAt: string;
  createdBy: number;
  suspect: boolean;
  suspectReason: string;
  suspectSince: string | null;
  reviewedAt: string | null;
  reviewedBy: number | null;
}

/** How a record is shown at a link's end: its human ID and title. */
export interface RecordLabel {
  humanId: string;
  title: string;
}

export interface TraceLinkView extends TraceLink {
  /** What the link says, e.g. "is implemented in". */
  meaning: string;
  fromLabel: RecordLabel;
  toLabel: RecordLabel;
  reviewedByName: string | null;
}

/** What is missing from the trace, each kind fixed on one screen. */
export const GAP_KINDS = [
  'requirement-without-item',
  'requirement-without-verification',
  'item-without-requirement',
  'soup-without-purpose',
  'soup-without-item',
  'risk-control-without-requirement',
  'risk-requirement-without-control',
  'risk-control-unverified',
  'suspect-link',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** The screen where a gap is closed. */
export type GapHome = 'requirements' | 'soup' | 'software' | 'risk' | 'trace';

export interface Gap {
  kind: GapKind;
  record: TraceRef & RecordLabel;
  message: string;
  home: GapHome;
  /** For suspect links: the link to review. */
  linkId?: number;
}

export interface GapReport {
  gaps: Gap[];
  counts: Record<GapKind, number>;
  /** How many records were checked, so "no gaps" on an empty project is not mistaken for a finished one. */
  checked: { requirements: number; softwareItems: number; soup: number; riskControls: number; links: number };
}

/** One row of the trace matrix: a requirement and what it traces to. */
export interface TraceMatrixRow {
  id: number;
  humanId: string;
  title: string;
  /** The type and verification method as people read them ("Functional", "Test"); '' when none is chosen. */
  type: string;
  riskControl: boolean;
  verificationMethod: string;
  items: (RecordLabel & { id: number; suspect: boolean })[];
  riskControls: (RecordLabel & { id: number; suspect: boolean })[];
  tests: (RecordLabel & { id: number; suspect: boolean })[];
  /**
   * Relations with other requirements, both ways: `outgoing` reads "this requirement <meaning> the other"
   * (refines REQ-1), otherwise "the other <meaning> this one".
   */
  relations: (RecordLabel & { id: number; suspect: boolean; meaning: string; outgoing: boolean })[];
}

export interface TraceMatrix {
  rows: TraceMatrixRow[];
  /** SOUP ↔ software item, the other half of 62304's traceability. */
  soup: { id: number; humanId: string; title: string; version: string; items: (RecordLabel & { id: number; suspect: boolean })[] }[];
}
