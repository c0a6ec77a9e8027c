import { writeFileSync } from 'node:fs';
import { GOLDEN_REQUIREMENTS_CSV } from './golden-inputs';
import { asOwner, cairn, createOqProject, jsonOf, oqPath, type OqContext } from './oq-context';
import { runStep, type ValidationStep } from './validation-step';

interface TraceReport {
  gaps: { message: string }[];
  counts: Record<string, number>;
}

interface ReleaseCheck {
  items: { clause: string; met: boolean; blockers: string[] }[];
}

/**
 * The two CI gates: `cairn trace` exits 0 on a project with nothing to trace and 3 once requirements lack
 * items and tests; `cairn release-check` exits 3 while 5.8.1 has untested requirements, naming them.
 */
export function gatesScenario(ctx: OqContext): Promise<ValidationStep> {
  return runStep(
    'OQ-09',
    'Trace gate and release check exit codes',
    'trace exits 0 with no gaps, then 3 naming the 3 untraced requirements; release-check exits 3 with clause 5.8.1 blocked.',
    async (step) => {
      const file = await createOqProject(ctx, 'gates.cairn', 'Gate Pump');
      const empty = await cairn(ctx, 'trace', file, ...asOwner(), '--json');
      const emptyReport = jsonOf<TraceReport>(empty, 'cairn trace');
      step.output('trace on an empty project', { exitCode: empty.code, gaps: emptyReport.gaps.length });
      step.expect(empty.code === 0 && emptyReport.gaps.length === 0, `trace exited ${empty.code} with ${emptyReport.gaps.length} gap(s) on an empty project, expected 0`);
      const csv = oqPath(ctx, 'gate-requirements.csv');
      writeFileSync(csv, GOLDEN_REQUIREMENTS_CSV);
      const added = await cairn(ctx, 'import', file, 'requirements', csv, ...asOwner(), '--json');
      if (!step.expect(added.code === 0, `the requirements import exited ${added.code}: ${added.stderr.trim()}`)) return;
      const gaps = await cairn(ctx, 'trace', file, ...asOwner(), '--json');
      const gapReport = jsonOf<TraceReport>(gaps, 'cairn trace');
      step.output('trace with untraced requirements', { exitCode: gaps.code, counts: gapReport.counts });
      step.expect(gaps.code === 3, `trace exited ${gaps.code} with untraced requirements, expected 3`);
      step.expect(
        gapReport.counts['requirement-without-verification'] === 3,
        `trace counted ${gapReport.counts['requirement-without-verification']} unverified requirements, expected 3`,
      );
      const check = await cairn(ctx, 'release-check', file, '--version', '1.0.0', ...asOwner(), '--json');
      const checkReport = jsonOf<ReleaseCheck>(check, 'cairn release-check');
      const verification = checkReport.items.find((item) => item.clause === '5.8.1');
      step.output('release-check', { exitCode: check.code, '5.8.1': verification });
      step.expect(check.code === 3, `release-check exited ${check.code} with untested requirements, expected 3`);
      step.expect(verification?.met === false && verification.blockers.some((b) => b.includes('REQ-1')), 'release-check did not block clause 5.8.1 naming REQ-1');
    },
  );
}
