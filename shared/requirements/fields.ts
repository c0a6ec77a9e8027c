import type { SafetyClass } from '../regulatory/safety-class';

/** Requirement categories IEC 62304 5.2.2 asks a team to cover, where relevant. */
export const REQUIREMENT_TYPES = [
  'functional',
  'performance',
  'input-output',
  'interface',
  'alarm',
  'security',
  'usability',
  'data',
  'installation',
  'operation',
  'network',
  'maintenance',
  'regulatory',
] as const;
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];

export const REQUIREMENT_TYPE_LABELS: Record<RequirementType, string> = {
  functional: 'Functional',
  performance: 'Performance and timing',
  'input-output': 'Inputs and outputs',
  interface: 'Interface',
  alarm: 'Alarms, warnings, messages',
  security: 'Security',
  usability: 'User interface',
  data: 'Data and database',
  installation: 'Installation and acceptance',
  operation: 'Operation and maintenance',
  network: 'IT network',
  maintenance: 'User maintenance',
  regulatory: 'Regulatory',
};

/** Where a requirement comes from; '' while nobody has said. A risk control is `risk-control` (5.2.3). */
export const REQUIREMENT_SOURCES = ['user-need', 'system-requirement', 'risk-control', 'regulation', 'standard', 'internal'] as const;
export type RequirementSource = (typeof REQUIREMENT_SOURCES)[number];

export const REQUIREMENT_SOURCE_LABELS: Record<RequirementSource, string> = {
  'user-need': 'User need',
  'system-requirement': 'System requirement',
  'risk-control': 'Risk control',
  regulation: 'Regulation',
  standard: 'Standard',
  internal: 'Internal',
};

/** How a requirement will be shown to be met; '' while not chosen. */
export const VERIFICATION_METHODS = ['test', 'inspection', 'analysis', 'demonstration'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const VERIFICATION_METHOD_LABELS: Record<VerificationMethod, string> = {
  test: 'Test',
  inspection: 'Inspection',
  analysis: 'Analysis',
  demonstration: 'Demonstration',
};

export const REQUIREMENT_STATUSES = ['draft', 'approved', 'implemented', 'verified', 'obsolete'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  implemented: 'Implemented',
  verified: 'Verified',
  obsolete: 'Obsolete',
};

/** The editable fields of a requirement, in the order tables and files show them. */
export const REQUIREMENT_FIELDS = ['title', 'text', 'type', 'source', 'sourceRef', 'rationale', 'acceptanceCriteria', 'verificationMethod', 'status'] as const;
export type RequirementField = (typeof REQUIREMENT_FIELDS)[number];

/** A requirement written by hand starts as a draft holding only what its author gave: the core's defaults and the form's empty state. */
export const NEW_REQUIREMENT_FIELDS = {
  title: '',
  text: '',
  type: 'functional',
  source: '',
  sourceRef: '',
  rationale: '',
  acceptanceCriteria: '',
  verificationMethod: '',
  status: 'draft',
} as const satisfies Record<RequirementField, string>;

/**
 * Just the editable fields of a requirement (or of anything that carries them), in REQUIREMENT_FIELDS order:
 * what the detail form edits, what the CLI prints for scripts and what an audit row records.
 */
export function requirementFieldsOf<T extends Record<RequirementField, unknown>>(record: T): Pick<T, RequirementField> {
  return Object.fromEntries(REQUIREMENT_FIELDS.map((f) => [f, record[f]])) as Pick<T, RequirementField>;
}

export const REQUIREMENT_FIELD_LABELS: Record<RequirementField | 'humanId' | 'items', string> = {
  humanId: 'ID',
  title: 'Title',
  text: 'Text',
  type: 'Type',
  source: 'Source',
  sourceRef: 'Source ref',
  rationale: 'Rationale',
  acceptanceCriteria: 'Acceptance criteria',
  verificationMethod: 'Verification method',
  status: 'Status',
  items: 'Software item',
};

/** Fields as a sentence names them ("source", "acceptance criteria"). */
export const fieldWords = (fields: readonly RequirementField[]): string[] => fields.map((f) => REQUIREMENT_FIELD_LABELS[f].toLowerCase());

/** Longest human ID a requirement may carry (imported IDs included). */
export const HUMAN_ID_MAX = 64;

/** Why an ID cannot be a requirement's human ID, or null when it can. */
export function humanIdProblem(id: string): string | null {
  if (!id.trim()) return 'An ID cannot be empty.';
  if (id.length > HUMAN_ID_MAX) return `An ID has at most ${HUMAN_ID_MAX} characters.`;
  if (id !== id.trim() || /[\p{Cc}\p{Zl}\p{Zp}]/u.test(id)) return 'An ID cannot start or end with spaces or hold line breaks or control characters.';
  return null;
}

/** The number n of an ID of the form REQ-n, so imported ones keep REQ-n numbers from being handed out twice. */
export function reqNumber(id: string): number | null {
  const match = /^REQ-(\d{1,9})$/.exec(id);
  return match ? Number(match[1]) : null;
}

/**
 * What a requirement of an item of this class must state beyond its text and type. Every class needs a
 * source (5.2.6 traceable); from class B on, how it is verified and its acceptance criteria are required
 * too, since B and C call for system testing against them and a documented verification record.
 */
export function requiredFieldsFor(safetyClass: SafetyClass | null): RequirementField[] {
  if (safetyClass === null || safetyClass === 'A') return ['text', 'type', 'source'];
  return ['text', 'type', 'source', 'acceptanceCriteria', 'verificationMethod'];
}
