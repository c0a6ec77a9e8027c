import { readFileSync } from 'node:fs';
import { asOwner, cairn, createOqProject, jsonOf, type OqContext } from './oq-context';
import { runStep, type StepRecorder, type ValidationStep } from './validation-step';

interface ProjectInfo {
  productName: string;
  auditRows: number;
}

export interface VerifyReport {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

/** `cairn verify <file> --json`: the exit code and the report, recorded as the step's output under `name`. */
export async function verifyProject(ctx: OqContext, step: StepRecorder, file: string, name: string): Promise<{ code: number; report: VerifyReport }> {
  const outcome = await cairn(ctx, 'verify', file, '--json');
  const report = jsonOf<VerifyReport>(outcome, 'cairn verify');
  step.output(name, { exitCode: outcome.code, report });
  return { code: outcome.code, report };
}

const RENAMED = 'Validation Pump (renamed)';

/** A project created, edited through the door, its audit trail grown by the edit, and `verify` clean. */
export function projectAuditScenario(ctx: OqContext): Promise<ValidationStep> {
  return runStep(
    'OQ-03',
    'A project is created, edited, audited and verified',
    'The edit is stored, the audit trail grew with it and verify exits 0 with an intact chain.',
    async (step) => {
      const file = await createOqProject(ctx, 'lifecycle.cairn', 'Validation Pump');
      const before = jsonOf<ProjectInfo>(await cairn(ctx, 'info', file, '--json'), 'cairn info');
      const edit = { productName: RENAMED };
      step.input('edit', edit);
      const updated = await cairn(ctx, 'api', file, 'project.update', JSON.stringify(edit), ...asOwner());
      step.expect(updated.code === 0, `project.update exited ${updated.code}: ${updated.stderr.trim()}`);
      const after = jsonOf<ProjectInfo>(await cairn(ctx, 'info', file, '--json'), 'cairn info');
      step.output('info', { before, after });
      step.expect(after.productName === RENAMED, `the product is named "${after.productName}", expected "${RENAMED}"`);
      step.expect(after.auditRows > before.auditRows, `the audit trail held ${before.auditRows} rows before the edit and ${after.auditRows} after`);
      const { code, report } = await verifyProject(ctx, step, file, 'verify');
      step.expect(code === 0 && report.ok, `verify exited ${code} (ok: ${report.ok}) on an untouched project`);
      step.expect(report.checked >= after.auditRows, `verify checked ${report.checked} rows of ${after.auditRows}`);
      step.hash('project file', readFileSync(file));
    },
  );
}
