/**
 * Where in Cairn each IEC 62304 activity is recorded, by clause prefix: the compliance plan links each
 * clause to it, and names the document that holds the work.
 */
/** The screens a clause's work is done on (names as the renderer's navigation knows them). */
export type ClauseScreen = 'software' | 'dev-plan' | 'requirements' | 'architecture' | 'soup' | 'risk' | 'verification' | 'tests' | 'releases' | 'problems' | 'changes';

export interface ClauseHome {
  area: string;
  document: string;
  /** The screen where the work is done. */
  screen: ClauseScreen;
}

const HOMES: [prefix: string, home: ClauseHome][] = [
  [
    '4.3',
    {
      area: 'Classification',
      document: 'Software safety classification (SSC)',
      screen: 'software',
    },
  ],
  [
    '5.1',
    {
      area: 'Development plan',
      document: 'Software development plan (SDP)',
      screen: 'dev-plan',
    },
  ],
  [
    '5.2',
    {
      area: 'Requirements',
      document: 'Software requirements specification (SRS)',
      screen: 'requirements',
    },
  ],
  [
    '5.3',
    {
      area: 'Architecture',
      document: 'Software architecture description (SAD)',
      screen: 'architecture',
    },
  ],
  [
    '5.4',
    {
      area: 'Detailed design',
      document: 'Software detailed design (SDD)',
      screen: 'architecture',
    },
  ],
  [
    '5.5',
    {
      area: 'Verification',
      document: 'Unit verification records',
      screen: 'verification',
    },
  ],
  ['5.6', { area: 'Testing', document: 'Integration test records', screen: 'tests' }],
  [
    '5.7',
    {
      area: 'Testing',
      document: 'Software system test plan and report',
      screen: 'tests',
    },
  ],
  ['5.8', { area: 'Release', document: 'Release record', screen: 'releases' }],
  [
    '6.1',
    {
      area: 'Development plan',
      document: 'Software maintenance plan (part of the SDP)',
      screen: 'dev-plan',
    },
  ],
  [
    '6',
    {
      area: 'Problems and changes',
      document: 'Problem report and change request logs',
      screen: 'changes',
    },
  ],
  [
    '7',
    {
      area: 'Risk management',
      document: 'Risk management file (software risk analysis)',
      screen: 'risk',
    },
  ],
  ['8.1.2', { area: 'SOUP', document: 'SOUP list', screen: 'soup' }],
  [
    '8',
    {
      area: 'Configuration management',
      document: 'Configuration item list and baselines',
      screen: 'releases',
    },
  ],
  [
    '9',
    {
      area: 'Problems and changes',
      document: 'Problem report log',
      screen: 'problems',
    },
  ],
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
