import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync } from 'node:fs';
import { asOwner, cairn, createOqProject, oqPath, type OqContext } from './oq-context';
import { verifyProject } from './oq-project-audit';
import { runStep, type ValidationStep } from './validation-step';

/**
 * An edit made as an attacker holding the file would make it: a plain SQLite connection, no Cairn code,
 * the append-only triggers dropped. This is the one place Cairn writes SQL outside its repositories, on
 * purpose: the scenario must act from outside the app. The statements are fixed here, never built from input.
 */
export const OUTSIDE_EDITS = {
  'audit row': "DROP TRIGGER IF EXISTS audit_log_no_update; UPDATE audit_log SET summary = summary || ' (edited)' WHERE seq = 2",
  'product record': "UPDATE project SET product_name = 'Edited outside Cairn' WHERE id = 1",
} as const;

function editOutside(file: string, sql: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Each outside edit, on its own copy of a clean project, must make `verify` exit 3 and report a break. */
export function tamperScenario(ctx: OqContext): Promise<ValidationStep> {
  return runStep(
    'OQ-04',
    'Tampering outside the app is detected by verify',
    `verify exits 3 after each of ${Object.keys(OUTSIDE_EDITS).length} edits made with SQL outside Cairn (an audit row, a record).`,
    async (step) => {
      const pristine = await createOqProject(ctx, 'tamper.cairn', 'Tamper Pump');
      const renamed = await cairn(ctx, 'api', pristine, 'project.update', JSON.stringify({ productName: 'Tamper Pump 2' }), ...asOwner());
      if (!step.expect(renamed.code === 0, `the setup edit exited ${renamed.code}: ${renamed.stderr.trim()}`)) return;
      const clean = await verifyProject(ctx, step, pristine, 'verify before tampering');
      if (!step.expect(clean.code === 0, `verify exited ${clean.code} before any tampering`)) return;
      step.input('outside edits', OUTSIDE_EDITS);
      for (const [what, sql] of Object.entries(OUTSIDE_EDITS)) {
        const copy = oqPath(ctx, `tampered-${what.replace(/\W+/g, '-')}.cairn`);
        copyFileSync(pristine, copy);
        editOutside(copy, sql);
        const { code, report } = await verifyProject(ctx, step, copy, `verify after editing the ${what}`);
        step.expect(code === 3 && !report.ok, `verify exited ${code} (ok: ${report.ok}) after the ${what} was edited outside Cairn, expected 3`);
      }
    },
  );
}
