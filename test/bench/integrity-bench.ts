import { join } from 'node:path';
import { checkIntegrity } from '../../electron/core/audit/integrity-check';
import { writeAudited } from '../../electron/core/audit/write-audited';
import { openTestProject } from '../support/project-db';
import { OWNER } from '../support/team';
import type { Bench } from './bench-context';
import { generateProject } from './generate-project';
import { figure, timed } from './measure';

const RECORDS = 10_000;
const AUDIT_ROWS = 100_000;
const IMPORT_BATCH = 1_000;

/**
 * Full `cairn verify` (chain + every record against its trail + anchors + frozen content + secrets) on a
 * project with 100k audit rows and 10k requirements, imported in batches of 1,000 per audit row as a bulk
 * import would record them. Target: under 5 s.
 */
export const integrityBench: Bench = {
  name: 'verify every record against the trail',
  async run(ctx) {
    const path = join(ctx.scratch('integrity'), 'integrity.cairn');
    await generateProject({ path, userDataDir: ctx.userDataDir, auditRows: AUDIT_ROWS - RECORDS / IMPORT_BATCH });
    const project = openTestProject(path);
    try {
      const owner = project.users.byEmail(OWNER.email);
      if (!owner) throw new Error('the owner vanished');
      const insert = project.db.prepare(`INSERT INTO requirement (human_id, title, text, type, created_at, updated_at) VALUES (?, ?, ?, 'software', ?, ?)`);
      for (let done = 0; done < RECORDS; done += IMPORT_BATCH) {
        const at = new Date().toISOString();
        writeAudited(project, owner, 'requirements.import', at, (audit) => {
          for (let i = 1; i <= IMPORT_BATCH; i += 1)
            insert.run(`REQ-${done + i}`, `Requirement ${done + i}`, `The system shall do thing number ${done + i} within 200 ms.`, at, at);
          audit({ action: 'import', entity: 'requirement', summary: `${IMPORT_BATCH} requirements imported` });
        });
      }
      const { ms, value } = await timed(async () => checkIntegrity(project));
      if (!value.ok) throw new Error(`verify found problems: ${JSON.stringify(value.problems.slice(0, 3))} ${JSON.stringify(value.firstBroken)}`);
      figure(`verify over ${value.checked.toLocaleString('en-US')} audit rows and ${RECORDS.toLocaleString('en-US')} requirements`, ms, 'ms');
    } finally {
      project.close();
    }
  },
};
