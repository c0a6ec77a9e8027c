import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { writeAudited } from '../../electron/core/audit/write-audited';
import { openTestProject } from '../support/project-db';
import { createInput, OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, perSecond, timed } from './measure';

const BATCH_ROWS = 20_000;
const DISPATCHER_CALLS = 300;

/** Audit rows through writeAudited (hash chain, head) and through the dispatcher, against raw inserts. */
export const insertBench: Bench = {
  name: 'audit-logged inserts vs raw better-sqlite3',
  async run(ctx) {
    const dir = ctx.scratch('insert');
    const audited = join(dir, 'audited.cairn');
    const setup = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    if (!(await setup.call('project.create', createInput(audited))).ok) throw new Error('cannot create the bench project');
    await setup.close();

    const project = openTestProject(audited);
    const owner = project.users.byEmail(OWNER.email);
    if (!owner) throw new Error('the owner vanished');
    const first = project.audit.count();
    const batch = await timed(() =>
      writeAudited(project, owner, 'bench.insert', new Date().toISOString(), (audit) => {
        for (let i = 1; i <= BATCH_ROWS; i += 1) audit({ action: 'update', entity: 'project', entityId: 1, summary: `Bench row ${i}`, after: { n: i } });
      }),
    );
    // audit_log's foreign key needs the user table, so the raw copy has it (and its rows) too.
    const schema = project.db
      .prepare(
        "SELECT sql FROM sqlite_master WHERE tbl_name IN ('user', 'audit_log') AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY tbl_name = 'audit_log', type = 'index'",
      )
      .pluck()
      .all() as string[];
    const users = project.db.prepare('SELECT * FROM user').all() as Record<string, unknown>[];
    const rows = project.db.prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq').all(first) as Record<string, unknown>[];
    project.close();

    // The same rows, same table and indexes, same pragmas; no hashing, no head, no audit code.
    const raw = new Database(join(dir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.exec(schema.join(';\n'));
    const addUser = raw.prepare(
      `INSERT INTO user (${Object.keys(users[0] ?? {}).join(', ')}) VALUES (${Object.keys(users[0] ?? {})
        .map((k) => `@${k}`)
        .join(', ')})`,
    );
    users.forEach((user) => addUser.run(user));
    const insert = raw.prepare(
      `INSERT INTO audit_log (${Object.keys(rows[0] ?? {}).join(', ')}) VALUES (${Object.keys(rows[0] ?? {})
        .map((k) => `@${k}`)
        .join(', ')})`,
    );
    const plain = await timed(() => raw.transaction(() => rows.forEach((row) => insert.run(row)))());
    raw.close();

    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    await core.call('project.open', { path: audited });
    await core.call('session.signIn', { email: OWNER.email, password: OWNER.password });
    const calls = await timed(async () => {
      for (let i = 1; i <= DISPATCHER_CALLS; i += 1) {
        const result = await core.call('project.update', { productName: `Dispatched ${i}` });
        if (!result.ok) throw new Error(result.error.message);
      }
    });
    await core.close();

    const rawRate = perSecond(rows.length, plain.ms);
    const batchRate = perSecond(BATCH_ROWS, batch.ms);
    const callRate = perSecond(DISPATCHER_CALLS, calls.ms);
    figure(`raw better-sqlite3, ${rows.length.toLocaleString('en-US')} rows in one transaction`, rawRate, 'rows/s');
    figure(`writeAudited, ${BATCH_ROWS.toLocaleString('en-US')} rows in one transaction`, batchRate, 'rows/s', `${(batchRate / rawRate).toFixed(2)}× raw`);
    figure(`dispatcher project.update, ${DISPATCHER_CALLS} calls (one commit each)`, callRate, 'rows/s', `${(callRate / rawRate).toFixed(4)}× raw; fsync per commit`);
  },
};
