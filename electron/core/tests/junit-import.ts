import type { ParsedInputOf } from '../../../shared/api/contract';
import type { JunitImportResult, JunitPreview } from '../../../shared/api/tests-types';
import { mapJunitTest, type JunitMapping, type MappingLookups } from '../../../shared/tests/junit-mapping';
import type { HandlerContext } from '../context';
import { sha256Hex } from '../documents/canonical';
import { LIMITS } from '../../../shared/domain/limits';
import { CairnError } from '../errors';
import { JunitError, readJunit, type JunitCase } from '../import/junit-read';
import type { OpenProject } from '../projects/open-project';
import { toRunSummaries } from './run-view';
import { verifiesLinks } from './test-case-view';

type JunitInput = ParsedInputOf<'tests.importJunit'>;

/** How many unmapped names a preview lists; the run keeps every one of them. */
const LISTED_UNMAPPED = 500;

export interface JunitPlan {
  preview: JunitPreview;
  rows: { test: JunitCase; mapping: JunitMapping }[];
}

function lookups(project: OpenProject): MappingLookups {
  const inForce = project.tests.cases.all().filter((c) => !c.retired);
  const caseIds = new Set(inForce.map((c) => c.id));
  const requirementIds = new Map<number, string>(project.requirements.all().map((r) => [r.id, r.humanId]));
  const casesByRequirement = new Map<string, number[]>();
  for (const [caseId, links] of verifiesLinks(project)) {
    if (!caseIds.has(caseId)) continue;
    for (const l of links) {
      const humanId = l.to.type === 'requirement' ? requirementIds.get(l.to.id) : undefined;
      if (humanId) casesByRequirement.set(humanId, [...(casesByRequirement.get(humanId) ?? []), caseId]);
    }
  }
  return {
    caseByHumanId: new Map(inForce.map((c) => [c.humanId, c.id])),
    casesByRequirement,
    saved: new Map([...project.tests.evidence.savedMappings()].filter(([, id]) => caseIds.has(id))),
  };
}

/** The bounds of the contract's own fields for what a test case brings in (`tests.mapJunitName`, prose). */
const CASE_LIMITS = { fullName: 2000, message: LIMITS.text, text: LIMITS.text } as const;

/** A test case with a value longer than the contract allows refuses the file, naming the case and the field. */
function checkCaseLimits(fileName: string, test: JunitCase, index: number): void {
  for (const [key, max] of Object.entries(CASE_LIMITS) as [keyof typeof CASE_LIMITS, number][]) {
    if (test[key].length > max) {
      const label = test.name.length > 60 ? `${test.name.slice(0, 60)}…` : test.name;
      throw new CairnError('invalid_input', `${fileName}: <testcase> ${index + 1} ("${label}"): ${key} has ${test[key].length} characters, at most ${max} are allowed.`, 'base64');
    }
  }
}

/** Reads and maps the whole file before anything is written, so a bad file changes nothing. */
export function planJunit(project: OpenProject, fileName: string, base64: string): JunitPlan {
  const bytes = Buffer.from(base64, 'base64');
  let file;
  try {
    file = readJunit(bytes);
  } catch (error) {
    if (error instanceof JunitError) throw new CairnError('invalid_input', `${fileName}: ${error.message}`, 'base64');
    throw error;
  }
  file.cases.forEach((test, index) => checkCaseLimits(fileName, test, index));
  const known = lookups(project);
  const rows = file.cases.map((test) => ({ test, mapping: mapJunitTest(test, known) }));
  const count = (outcome: JunitCase['outcome']) => file.cases.filter((c) => c.outcome === outcome).length;
  const mappedBy = (by: JunitMapping['by']) => rows.filter((r) => r.mapping.by === by).length;
  return {
    rows,
    preview: {
      fileName,
      sha256: sha256Hex(bytes),
      suites: file.suites,
      tests: file.cases.length,
      passed: count('passed'),
      failed: count('failed'),
      errors: count('error'),
      skipped: count('skipped'),
      mapped: { id: mappedBy('id'), requirement: mappedBy('requirement'), saved: mappedBy('saved') },
      unmappedNames: [...new Set(rows.filter((r) => r.mapping.by === null).map((r) => r.test.fullName))].slice(0, LISTED_UNMAPPED),
    },
  };
}

/**
 * Writes a planned import as one completed run: a result per mapped case (a test mapped through a
 * requirement counts for each case verifying it), and one unmapped result per test that maps to none.
 */
export function applyJunit(ctx: HandlerContext, input: JunitInput): JunitImportResult {
  const plan = planJunit(ctx.project, input.fileName, input.base64);
  const at = ctx.now();
  const runs = ctx.project.tests.runs;
  const run = runs.insert(
    {
      softwareVersion: input.softwareVersion,
      title: input.title || input.fileName,
      source: 'junit',
      environment: input.environment,
      tools: input.tools,
      fileName: input.fileName,
      fileSha256: plan.preview.sha256,
    },
    at,
    ctx.user.id,
    at,
  );
  for (const { test, mapping } of plan.rows) {
    const fields = {
      junitName: test.fullName,
      outcome: test.outcome,
      actual: test.text,
      message: test.message,
      durationMs: test.durationMs,
      executedBy: ctx.user.id,
      executedAt: at,
    };
    if (mapping.caseIds.length === 0) runs.insertResult(run.id, { ...fields, testCaseId: null });
    for (const testCaseId of mapping.caseIds) runs.insertResult(run.id, { ...fields, testCaseId });
  }
  const p = plan.preview;
  const unmapped = p.tests - p.mapped.id - p.mapped.requirement - p.mapped.saved;
  ctx.audit({
    action: 'import',
    entity: 'test_run',
    entityId: run.humanId,
    summary: `${run.humanId}: ${input.fileName} imported for version ${input.softwareVersion} — ${p.tests} tests, ${p.failed + p.errors} failed, ${unmapped} unmapped`,
    after: { fileName: input.fileName, sha256: p.sha256, tests: p.tests, passed: p.passed, failed: p.failed, errors: p.errors, skipped: p.skipped, mapped: p.mapped },
  });
  const [summary] = toRunSummaries(ctx.project, [run]);
  if (!summary) throw new Error(`Run ${run.humanId} could not be shown.`);
  return { ...p, run: summary };
}
