import type { Handlers } from '../../context';
import { CairnError } from '../../errors';
import { applyJunit, planJunit } from '../../tests/junit-import';
import { runDetail, runOrThrow } from '../../tests/run-view';
import { requireAuthor } from '../require-author';
import { caseOrThrow } from '../../tests/test-case-lookup';

type JunitHandlers = Pick<Handlers, 'tests.previewJunit' | 'tests.importJunit' | 'tests.mapJunitName'>;

export const junitHandlers: JunitHandlers = {
  'tests.previewJunit': (input, ctx) => planJunit(ctx.project, input.fileName, input.base64).preview,

  'tests.importJunit': (input, ctx) => {
    requireAuthor(ctx, 'import test results');
    return applyJunit(ctx, input);
  },

  'tests.mapJunitName': (input, ctx) => {
    requireAuthor(ctx, 'link test results to cases');
    const run = runOrThrow(ctx.project, input.runId, 'runId');
    const target = caseOrThrow(ctx, input.testCaseId, 'testCaseId');
    if (target.retired) throw new CairnError('invalid_input', `${target.humanId} is retired; link the test to a case in force.`, 'testCaseId');
    const linked = ctx.project.tests.runs.mapUnmapped(run.id, input.junitName, target.id);
    if (linked === 0) throw new CairnError('not_found', `${run.humanId} has no unlinked result named "${input.junitName}".`, 'junitName');
    ctx.project.tests.evidence.saveMapping(input.junitName, target.id, ctx.now(), ctx.user.id);
    ctx.audit({
      action: 'map',
      entity: 'test_run',
      entityId: run.humanId,
      summary: `JUnit test "${input.junitName}" linked to ${target.humanId} (${linked} result${linked === 1 ? '' : 's'} in ${run.humanId}; remembered for later imports)`,
      after: { junitName: input.junitName, testCase: target.humanId },
    });
    return runDetail(ctx, run);
  },
};
