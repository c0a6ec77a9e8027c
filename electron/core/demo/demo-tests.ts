import type { HandlerContext } from '../context';
import { DEMO_PASSWORD } from './demo-content';
import { DEMO_JUNIT_RUNS } from './demo-junit-content';
import { DEMO_EVIDENCE, DEMO_MANUAL_RUNS } from './demo-manual-runs';
import { DEMO_CASES, DEMO_VERSION } from './demo-tests-content';

function idOf(ids: Map<string, number>, name: string, what: string): number {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`The sample has no ${what} "${name}".`);
  return id;
}

/**
 * BreathWise's test cases, the CI pipeline's JUnit results for 1.0.0 and its manual system test runs, each
 * executed step by step (a failed step keeps its evidence), completed and signed by the tester.
 */
export async function buildDemoTests(ctx: HandlerContext): Promise<void> {
  const requirements = new Map((await ctx.call('requirements.list', { limit: 1000 })).rows.map((r) => [r.title, r.id]));
  const controls = new Map((await ctx.call('risk.list', {})).rows.flatMap((row) => row.controls).map((c) => [c.name, c.id]));
  const caseIds = new Map<string, number>();
  for (const { verifies, controls: verifiesControls = [], ...fields } of DEMO_CASES) {
    const created = await ctx.call('tests.createCase', {
      ...fields,
      requirementIds: verifies.map((t) => idOf(requirements, t, 'requirement')),
      riskControlIds: verifiesControls.map((n) => idOf(controls, n, 'risk control')),
    });
    caseIds.set(created.title, created.id);
  }

  for (const { fileName, xml, run } of DEMO_JUNIT_RUNS) {
    await ctx.call('tests.importJunit', { fileName, base64: Buffer.from(xml, 'utf8').toString('base64'), softwareVersion: DEMO_VERSION, ...run });
  }

  for (const { run: facts, results } of DEMO_MANUAL_RUNS) {
    const manual = Object.keys(results).map((title) => idOf(caseIds, title, 'test case'));
    const run = await ctx.call('tests.startRun', { softwareVersion: DEMO_VERSION, ...facts, caseIds: manual });
    for (const result of run.results) {
      const recorded = results[result.caseTitle ?? ''] ?? [];
      for (const [i, step] of recorded.entries()) await ctx.call('tests.recordStep', { resultId: result.id, position: i + 1, ...step });
      if (recorded.some((s) => s.outcome === 'failed')) {
        await ctx.call('tests.attach', {
          resultId: result.id,
          name: DEMO_EVIDENCE.name,
          mediaType: 'text/plain',
          base64: Buffer.from(DEMO_EVIDENCE.text, 'utf8').toString('base64'),
        });
      }
    }
    await ctx.call('tests.completeRun', { id: run.id, password: DEMO_PASSWORD });
  }
}
