/**
 * Where in Cairn each IEC 62304 activity is recorded, by clause prefix: the compliance plan links each
 * clause to it. Areas that this version does not yet provide name the document that will hold the work.
 */
export interface ClauseHome {
  area: string;
  document: string;
  /** True when Cairn already has a screen for this area. */
  built: boolean;
}

const HOMES: [prefix: string, home: ClauseHome][] = [
  ['4.3', { area: 'Classification', document: 'Software safety classification (SSC)', built: true }],
  ['5.1', { area: 'Development plan', document: 'Software development plan (SDP)', built: true }],
  ['5.2', { area: 'Requirements', document: 'Software requirements specification (SRS)', built: false }],
  ['5.3', { area: 'Architecture', document: 'Software architecture description (SAD)', built: false }],
  ['5.4', { area: 'Detailed design', document: 'Software detailed design (SDD)', built: false }],
  ['5.5', { area: 'Verification', document: 'Unit verification records', built: false }],
  ['5.6', { area: 'Testing', document: 'Integration test records', built: false }],
  ['5.7', { area: 'Testing', document: 'Software system test plan and report', built: false }],
  ['5.8', { area: 'Release', document: 'Release record', built: false }],
  ['6.1', { area: 'Development plan', document: 'Software maintenance plan (part of the SDP)', built: true }],
  ['6', { area: 'Problems and changes', document: 'Problem report and change request logs', built: false }],
  ['7', { area: 'Risk management', document: 'Risk management file (software risk analysis)', built: false }],
  ['8.1.2', { area: 'SOUP', document: 'SOUP list', built: false }],
  ['8', { area: 'Configuration management', document: 'Configuration item list and baselines', built: false }],
  ['9', { area: 'Problems and changes', document: 'Problem report log', built: false }],
];

/** The most specific home for a clause (`5.1.10` → development plan, `8.1.2` → SOUP list). */
export function clauseHome(clause: string): ClauseHome {
  const found = HOMES.filter(([prefix]) => clause === prefix || clause.startsWith(`${prefix}.`)).sort(([a], [b]) => b.length - a.length)[0];
  if (!found) throw new Error(`No home for clause ${clause}.`);
  return found[1];
}

/** The five processes of IEC 62304 the plan shows progress for. */
export const PROCESSES = [
  { key: '5', label: 'Software development' },
  { key: '6', label: 'Software maintenance' },
  { key: '7', label: 'Software risk management' },
  { key: '8', label: 'Software configuration management' },
  { key: '9', label: 'Software problem resolution' },
] as const;

export type ProcessKey = (typeof PROCESSES)[number]['key'];

export const CLAUSE_STATUSES = ['not_started', 'in_progress', 'done', 'not_applicable'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];
