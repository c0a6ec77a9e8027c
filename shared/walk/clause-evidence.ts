import type { WalkStageId, WalkStatus } from '../api/walk-types';
import type { WalkEvidence } from './evidence';
import { type Assessment, withDocument } from './stage-rules';
import { named, plural } from './words';

/** What the records say of one clause of the compliance plan, and which records say it. */
export interface ClauseEvidence {
  status: 'not_started' | 'in_progress' | 'done';
  reason: string;
  records: string[];
}

type Source = WalkStageId | 'risk-analysis';

/** Which stage's evidence satisfies each clause; the most specific prefix wins (5.3.3 is SOUP, 5.3 the architecture). */
const SOURCES: [prefix: string, source: Source][] = [
  ['5.1', 'development-plan'],
  ['5.2', 'requirements'],
  ['5.3', 'architecture'],
  ['5.3.3', 'soup'],
  ['5.3.4', 'soup'],
  ['5.4', 'detailed-design'],
  ['5.5', 'unit-verification'],
  ['5.6', 'testing'],
  ['5.7', 'testing'],
  ['5.8', 'release'],
  // The maintenance plan is part of the SDP; the maintenance work itself is problem and change handling.
  ['6', 'maintenance'],
  ['6.1', 'development-plan'],
  ['7', 'risk-analysis'],
  // Configuration identification and status accounting are shown by a released, frozen baseline.
  ['8', 'release'],
  ['8.1.2', 'soup'],
  ['8.2', 'maintenance'],
  ['9', 'maintenance'],
];

function sourceOf(clause: string): Source {
  const found = SOURCES.filter(([prefix]) => clause === prefix || clause.startsWith(`${prefix}.`)).sort(([a], [b]) => b.length - a.length)[0];
  if (!found) throw new Error(`No evidence source for clause ${clause}.`);
  return found[1];
}

/** The software risk analysis (clause 7): its document approved and every risk control traced and verified. */
export function riskAnalysis(e: WalkEvidence): Assessment {
  const gaps = e.riskAnalysis.gaps;
  return withDocument(
    e,
    e.riskPlan.hazards > 0,
    'risk-analysis',
    'risk analysis',
    [
      {
        text: gaps.length > 0 ? `${plural(gaps.length, 'risk trace gap')} open: ${named(gaps.map((g) => g.split(' ')[0] ?? g))}` : '',
        next: 'Close the risk trace gaps on the Risk management screen',
      },
    ],
    e.riskPlan.hazards > 0 ? [plural(e.riskPlan.hazards, 'hazard')] : [],
    { reason: 'Nothing recorded yet: no hazard in the risk file.', next: 'Identify the hazards the software can contribute to' },
  );
}

/** Each clause's status from the stage that holds its work; blocked work has not started. */
export function clauseEvidence(clause: string, walk: WalkStatus, risk: Assessment): ClauseEvidence {
  const source = sourceOf(clause);
  const from = source === 'risk-analysis' ? risk : walk.stages.find((s) => s.id === source);
  if (!from) throw new Error(`No stage ${source} in the walk.`);
  return { status: from.state === 'blocked' ? 'not_started' : from.state, reason: from.reason, records: from.records };
}
