import type { ChecklistItem, ReleaseChecklist, ReleaseClause } from '../api/releases-types';
import type { SafetyClass } from '../regulatory/safety-class';
import type { ReleaseEvidence } from './evidence';
import { endSentence, plural } from '../domain/words';

/** Which classes Table A.1 (as amended 2015) asks each 5.8 item of. */
const CLAUSES: { clause: ReleaseClause; title: string; classes: SafetyClass[] }[] = [
  { clause: '5.8.1', title: 'Software verification is complete', classes: ['A', 'B', 'C'] },
  { clause: '5.8.2', title: 'Known residual anomalies are documented', classes: ['A', 'B', 'C'] },
  { clause: '5.8.3', title: 'Known residual anomalies are evaluated', classes: ['B', 'C'] },
  { clause: '5.8.4', title: 'The released version is documented', classes: ['A', 'B', 'C'] },
  { clause: '5.8.5', title: 'How the released software was created is documented', classes: ['B', 'C'] },
  { clause: '5.8.6', title: 'Activities and tasks are complete', classes: ['B', 'C'] },
  { clause: '5.8.7', title: 'The software is archived', classes: ['A', 'B', 'C'] },
  { clause: '5.8.8', title: 'Reliable delivery is assured', classes: ['A', 'B', 'C'] },
];

/**
 * A check finding as a sentence of a blocker: its words first, the rule's ID after them as a labelled reference
 * (users read the message; the ID finds the rule in `cairn check --json` and the documentation).
 */
const findingSentence = (f: ReleaseEvidence['consistencyErrors'][number]) => `${f.message.trimEnd().replace(/\.$/, '')} (check rule ${f.rule}).`;

/** How many records a blocker names before it says "and N more": a 10k-requirement project stays readable. */
const NAMED = 8;

/** "REQ-1, REQ-2 and 3 more". */
export function nameRecords(ids: readonly string[]): string {
  if (ids.length <= NAMED) return ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}` : (ids[0] ?? '');
  return `${ids.slice(0, NAMED).join(', ')} and ${ids.length - NAMED} more`;
}

const blank = (s: string) => s.trim() === '';

type Outcome = Pick<ChecklistItem, 'evidence' | 'blockers'>;
const NO_RECORD = (what: string) => `There is no release record for this version yet: create it and ${what}.`;

function verification(e: ReleaseEvidence): Outcome {
  const blockers: string[] = [];
  // A non-test method (inspection, analysis, demonstration) is the SRS's own statement of how the
  // requirement is verified; the review of that evidence sits with the requirement, not with a run.
  const byMethod = e.requirements.filter((r) => r.method !== '' && r.method !== 'test');
  const byTest = e.requirements.filter((r) => r.passedTest && !byMethod.includes(r));
  const unverified = e.requirements.filter((r) => !r.passedTest && (r.method === '' || r.method === 'test'));
  if (e.requirements.length === 0) blockers.push('The project has no requirements: there is nothing whose verification could be complete (5.2, 5.7).');
  if (unverified.length > 0) {
    blockers.push(`${plural(unverified.length, 'requirement')} without a passed test in a completed run of ${e.version}: ${nameRecords(unverified.map((r) => r.humanId))}.`);
  }
  for (const outcome of ['failed', 'error', 'blocked'] as const) {
    const cases = e.notPassed.filter((t) => t.outcome === outcome);
    if (cases.length > 0) {
      blockers.push(
        `${plural(cases.length, 'test case')} ${outcome === 'error' ? 'ended in an error' : outcome} in ${e.version} and not passed since: ${nameRecords(cases.map((t) => `${t.testCase} (${t.run})`))}.`,
      );
    }
  }
  if (e.openRuns.length > 0) blockers.push(`Test runs of ${e.version} not completed: ${nameRecords(e.openRuns)}.`);
  const evidence = [
    `${plural(e.requirements.length, 'requirement')}: ${byTest.length} verified by a passed test, ${byMethod.length} by inspection, analysis or demonstration.`,
    e.completedRuns.length > 0 ? `Completed test runs of ${e.version}: ${nameRecords(e.completedRuns)}.` : `No completed test run of ${e.version}.`,
  ];
  return { evidence, blockers };
}

function anomaliesListed(e: ReleaseEvidence): Outcome {
  const undecided = e.openProblems.filter((p) => p.decision === 'undecided');
  return {
    evidence: [
      e.openProblems.length === 0
        ? 'No open problem reports: no known residual anomalies.'
        : `${plural(e.openProblems.length, 'open problem report')} listed as known anomalies: ${nameRecords(e.openProblems.map((p) => p.humanId))}.`,
    ],
    blockers: undecided.length > 0 ? [`Open problem reports with no decision (fix, defer or no action): ${nameRecords(undecided.map((p) => p.humanId))}.`] : [],
  };
}

function anomaliesEvaluated(e: ReleaseEvidence): Outcome {
  const blockers: string[] = [];
  const notAgainstRisk = e.openProblems.filter((p) => p.affectsSafety === null);
  const noEvaluation = e.openProblems.filter((p) => blank(p.anomalyEvaluation));
  if (notAgainstRisk.length > 0) blockers.push(`Not yet evaluated against the risk file (affects safety?): ${nameRecords(notAgainstRisk.map((p) => p.humanId))}.`);
  if (noEvaluation.length > 0) blockers.push(`No evaluation that the anomaly does not contribute to an unacceptable risk: ${nameRecords(noEvaluation.map((p) => p.humanId))}.`);
  const evaluated = e.openProblems.length - noEvaluation.length;
  return { evidence: [`${evaluated} of ${e.openProblems.length} known anomalies evaluated.`], blockers };
}

function versionIdentified(e: ReleaseEvidence): Outcome {
  return { evidence: [`Version ${e.version}${e.release ? `, identified by ${plural(e.release.artefacts.length, 'archived artefact')}` : ''}.`], blockers: [] };
}

function buildDocumented(e: ReleaseEvidence): Outcome {
  if (!e.release) return { evidence: [], blockers: [NO_RECORD('describe the build procedure and environment')] };
  const blockers: string[] = [];
  if (blank(e.release.buildProcedure)) blockers.push('The build procedure is not described (how the released software was built, step by step).');
  if (blank(e.release.buildEnvironment)) blockers.push('The build environment is not described (tools, compilers and their versions, build machine).');
  return { evidence: blockers.length === 0 ? ['Build procedure and build environment described.'] : [], blockers };
}

/**
 * 5.8.6 "all planned activities and tasks complete". Cairn cannot see the plan's every task, so it checks
 * the traces the activities leave: open trace gaps and unreviewed suspect links (an activity's output is
 * missing or out of date), required documents without an approved version (an activity's record is not
 * signed off), and change requests meant for this version that are not finished.
 */
function activitiesComplete(e: ReleaseEvidence): Outcome {
  const blockers: string[] = [];
  if (e.traceGaps.length > 0)
    blockers.push(
      `${plural(e.traceGaps.length, 'trace gap')} open: ${e.traceGaps.slice(0, 3).join(' ')}${e.traceGaps.length > 3 ? ` (and ${e.traceGaps.length - 3} more on the Traceability screen)` : ''}`,
    );
  if (e.unapprovedDocuments.length > 0) {
    blockers.push(
      `Required documents without an approved version: ${nameRecords(e.unapprovedDocuments.map((d) => (d.state ? `${d.label} (${d.state.replace('_', ' ')})` : `${d.label} (not created)`)))}.`,
    );
  }
  if (e.unfinishedChanges.length > 0) {
    blockers.push(`Change requests for ${e.version} not finished: ${nameRecords(e.unfinishedChanges.map((c) => `${c.humanId} (${c.status})`))}.`);
  }
  if (e.consistencyErrors.length > 0) {
    blockers.push(
      `${plural(e.consistencyErrors.length, 'consistency error')} between records and documents (Consistency check screen, cairn check): ${e.consistencyErrors.map(findingSentence).join(' ')}`,
    );
  }
  return {
    evidence: ['Checked: trace gaps and suspect links, approval of the required documents, change requests for this version, the project-wide consistency check.'],
    blockers,
  };
}

function archived(e: ReleaseEvidence): Outcome {
  if (!e.release) return { evidence: [], blockers: [NO_RECORD('add the released artefacts with their SHA-256')] };
  const blockers: string[] = [];
  if (e.release.artefacts.length === 0) blockers.push('No artefact is archived: add each released file (installer, package, SBOM) with its SHA-256.');
  if (blank(e.release.archiveLocation)) blockers.push('No archive location: say where the software, its configuration items and documents are kept for the product lifetime.');
  const evidence = e.release.artefacts.map((a) => `${a.name} SHA-256 ${a.sha256}`);
  return { evidence: blank(e.release.archiveLocation) ? evidence : [...evidence, endSentence(`Archived at ${e.release.archiveLocation}`)], blockers };
}

function delivery(e: ReleaseEvidence): Outcome {
  if (!e.release) return { evidence: [], blockers: [NO_RECORD('describe how the software is delivered')] };
  const blockers: string[] = [];
  if (blank(e.release.delivery)) blockers.push('The delivery procedure is not described (replication, labelling, packaging, protection, storage, delivery).');
  const confirmed = e.release.confirmations['delivery-verified'];
  if (!confirmed) blockers.push('Nobody has confirmed that delivered copies match the archived SHA-256.');
  return { evidence: confirmed ? [endSentence(`Delivery verified by ${confirmed.confirmedBy}: ${confirmed.note}`)] : [], blockers };
}

const RULES: Record<ReleaseClause, (e: ReleaseEvidence) => Outcome> = {
  '5.8.1': verification,
  '5.8.2': anomaliesListed,
  '5.8.3': anomaliesEvaluated,
  '5.8.4': versionIdentified,
  '5.8.5': buildDocumented,
  '5.8.6': activitiesComplete,
  '5.8.7': archived,
  '5.8.8': delivery,
};

/** The IEC 62304 5.8 checklist for one version: each item met, not required for the class, or blocked. */
export function releaseChecklist(e: ReleaseEvidence): ReleaseChecklist {
  const items: ChecklistItem[] = CLAUSES.map(({ clause, title, classes }) => {
    const applies = classes.includes(e.safetyClass);
    if (!applies) return { clause, title, applies, met: false, evidence: [`Not required for software safety class ${e.safetyClass}.`], blockers: [] };
    const { evidence, blockers } = RULES[clause](e);
    return { clause, title, applies, met: blockers.length === 0, evidence, blockers };
  });
  const blockers = items.flatMap((i) => i.blockers.map((b) => `${i.clause}: ${b}`));
  return { version: e.version, safetyClass: e.safetyClass, items, blockers, ready: blockers.length === 0 };
}
