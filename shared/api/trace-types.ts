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
  createdAt: string;
  createdBy: number;
  suspect: boolean;
  suspectReason: string;
  suspectSince: string | null;
  reviewedAt: string | null;
  reviewedBy: number | null;
}
