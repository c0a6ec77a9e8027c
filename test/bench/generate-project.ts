import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { writeAudited } from '../../electron/core/audit/write-audited';
import { openTestProject } from '../support/project-db';
import { createInput, OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';

export interface GenerateOptions {
  /** Where the project is created; must not exist yet. */
  path: string;
  /** App-level state of the creating core (recent list). */
  userDataDir: string;
  /** Audit rows to add after creation (the creation itself writes a few more). */
  auditRows: number;
  /** Rows per transaction: batching keeps 100k rows at seconds, not minutes of fsyncs. */
  batch?: number;
}

/**
 * Creates a large project through the core's real audit path: project.create through the dispatcher,
 * then product renames with their audit rows via writeAudited (hash chain and head, as every mutation),
 * batched into transactions. The owner is OWNER from test/support/team.
 */
export async function generateProject({ path, userDataDir, auditRows, batch = 1000 }: GenerateOptions): Promise<void> {
  const core = createTestCore({ userDataDir, clock: () => new Date() });
  const created = await core.call('project.create', createInput(path, 'Bench Pump'));
  if (!created.ok) throw new Error(`cannot create ${path}: ${created.error.message}`);
  await core.close();
  const project = openTestProject(path);
  try {
    const owner = project.users.byEmail(OWNER.email);
    if (!owner) throw new Error('the owner vanished');
    for (let done = 0; done < auditRows; done += batch) {
      const size = Math.min(batch, auditRows - done);
      writeAudited(project, owner, 'project.update', new Date().toISOString(), (audit) => {
        for (let i = 1; i <= size; i += 1) {
          const before = project.project.get();
          const after = { productName: `Bench Pump ${done + i}`, manufacturer: before.manufacturer };
          project.project.update(after);
          audit({
            action: 'update',
            entity: 'project',
            entityId: 1,
            summary: 'Product details changed',
            before: { productName: before.productName, manufacturer: before.manufacturer },
            after,
          });
        }
      });
    }
  } finally {
    project.close();
  }
}

// `tsx test/bench/generate-project.ts --audit-rows 100000 --out big.cairn` (CAIRN_USER_DATA optional).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { 'audit-rows': { type: 'string', default: '100000' }, out: { type: 'string' } } });
  const auditRows = Number(values['audit-rows']);
  if (!values.out || !Number.isInteger(auditRows) || auditRows < 0) {
    console.error('usage: generate-project.ts --audit-rows <n> --out <file.cairn>');
    process.exit(2);
  }
  const path = resolve(values.out);
  const started = Date.now();
  await generateProject({ path, userDataDir: process.env.CAIRN_USER_DATA ?? resolve(path, '..', '.cairn-user-data'), auditRows });
  console.log(`${path}: ${auditRows} audit rows added in ${Date.now() - started} ms (owner ${OWNER.email} / ${OWNER.password})`);
}
