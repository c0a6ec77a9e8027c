import type { Handlers } from '../../context';
import { CairnError } from '../../errors';
import type { CaseFields, CaseRow } from '../../tests/test-cases-repo';
import { toTestCase, toTestCases } from '../../tests/test-case-view';
import { setVerifies } from '../../tests/verifies';
import { requireAuthor } from '../require-author';
import { caseOrThrow } from '../../tests/test-case-lookup';

type TestCaseHandlers = Pick<Handlers, 'tests.cases' | 'tests.getCase' | 'tests.createCase' | 'tests.updateCase' | 'tests.setVerifies' | 'tests.retireCase'>;

const fieldsOf = (row: CaseRow): CaseFields => ({
  title: row.title,
  level: row.level,
  objective: row.objective,
  preconditions: row.preconditions,
  passCriteria: row.passCriteria,
  automated: row.automated,
});

/** A manual case is executed step by step, so it needs at least one step to be run at all. */
function requireSteps(automated: boolean, steps: readonly unknown[]): void {
  if (!automated && steps.length === 0) throw new CairnError('invalid_input', 'A manual test case needs at least one step with its expected result.', 'steps');
}

export const testCaseHandlers: TestCaseHandlers = {
  'tests.cases': (_input, ctx) => toTestCases(ctx.project, ctx.project.tests.cases.all()),

  'tests.getCase': (input, ctx) => toTestCase(ctx.project, caseOrThrow(ctx, input.id)),

  'tests.createCase': (input, ctx) => {
    requireAuthor(ctx, 'write test cases');
    const { steps, requirementIds, riskControlIds, ...fields } = input;
    requireSteps(fields.automated, steps);
    const row = ctx.project.tests.cases.insert(fields, steps, ctx.now());
    ctx.audit({ action: 'create', entity: 'test_case', entityId: row.humanId, summary: `${row.humanId} added: ${row.title}`, after: { ...fields, steps } });
    setVerifies(ctx, row, { requirementIds, riskControlIds });
    return toTestCase(ctx.project, row);
  },

  'tests.updateCase': (input, ctx) => {
    requireAuthor(ctx, 'change test cases');
    const row = caseOrThrow(ctx, input.id);
    const before = { ...fieldsOf(row), steps: ctx.project.tests.cases.steps(row.id).map(({ action, expected }) => ({ action, expected })) };
    const next = { ...before, ...Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'id' && v !== undefined)) } as typeof before;
    if (JSON.stringify(next) === JSON.stringify(before)) throw new CairnError('invalid_input', 'Nothing to change.');
    requireSteps(next.automated, next.steps);
    const at = ctx.now();
    const { steps, ...fields } = next;
    ctx.project.tests.cases.update(row.id, fields, at);
    if (input.steps) ctx.project.tests.cases.replaceSteps(row.id, steps);
    const suspect = ctx.project.trace.markSuspect({ type: 'test_case', id: row.id }, `${row.humanId} changed`, at);
    ctx.audit({
      action: 'update',
      entity: 'test_case',
      entityId: row.humanId,
      summary: `${row.humanId} changed${suspect ? `; ${suspect} trace link${suspect === 1 ? '' : 's'} now suspect` : ''}`,
      before,
      after: next,
    });
    return toTestCase(ctx.project, caseOrThrow(ctx, row.id));
  },

  'tests.setVerifies': (input, ctx) => {
    requireAuthor(ctx, 'change what a test case verifies');
    const row = caseOrThrow(ctx, input.id);
    if (setVerifies(ctx, row, input) === 0) throw new CairnError('invalid_input', `${row.humanId} already verifies exactly these records.`, 'requirementIds');
    return toTestCase(ctx.project, row);
  },

  'tests.retireCase': (input, ctx) => {
    requireAuthor(ctx, 'retire test cases');
    const row = caseOrThrow(ctx, input.id);
    if (row.retired === input.retired) throw new CairnError('invalid_input', `${row.humanId} is already ${row.retired ? 'retired' : 'in force'}.`, 'retired');
    ctx.project.tests.cases.setRetired(row.id, input.retired, ctx.now());
    ctx.audit({
      action: input.retired ? 'retire' : 'restore',
      entity: 'test_case',
      entityId: row.humanId,
      summary: `${row.humanId} ${input.retired ? 'retired: it no longer counts for what it verifies' : 'back in force'}`,
      before: { retired: row.retired },
      after: { retired: input.retired },
    });
    return toTestCase(ctx.project, caseOrThrow(ctx, row.id));
  },
};
