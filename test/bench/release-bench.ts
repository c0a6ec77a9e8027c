import { join } from 'node:path';
import type { ReleaseChecklist } from '../../shared/api/releases-types';
import { writeAudited } from '../../electron/core/audit/write-audited';
import type { OpenProject } from '../../electron/core/projects/open-project';
import { openTestProject } from '../support/project-db';
import { ConfigurationRepo } from '../../electron/core/releases/configuration-repo';
import { ReleaseEvidenceRepo } from '../../electron/core/releases/release-evidence';
import { createInput, OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';

const REQUIREMENTS = 10_000;
const RUNS = 2;
const ROUNDS = 5;
const VERSION = '2.0.0';

/**
 * 10k requirements, each verified by its own test case; two completed runs of the version with a result
 * per case (20k results). The first run fails every hundredth case and the second passes all but every
 * five-hundredth, so the check has to find the latest outcome per case and still finds blockers.
 */
function fill(project: OpenProject, ownerId: number): void {
  const at = new Date().toISOString();
  const owner = project.users.byId(ownerId);
  if (!owner) throw new Error('the owner vanished');
  writeAudited(project, owner, 'bench.release', at, (audit) => {
    project.software.insert({ parentId: null, kind: 'system', name: 'Bench system', description: '', createdAt: at });
    const addCase = project.db.prepare("INSERT INTO test_case (human_id, title, level, created_at, updated_at) VALUES (?, ?, 'system', ?, ?)");
    for (let r = 1; r <= REQUIREMENTS; r += 1) {
      const row = project.requirements.insert(
        {
          title: `Requirement ${r}`,
          text: `The software shall do thing ${r}.`,
          type: 'functional',
          source: 'system-requirement',
          sourceRef: '',
          rationale: '',
          acceptanceCriteria: '',
          verificationMethod: 'test',
          status: 'approved',
        },
        at,
      );
      const caseId = Number(addCase.run(`TC-${r}`, `Test of thing ${r}`, at, at).lastInsertRowid);
      project.trace.link({ type: 'test_case', id: caseId }, { type: 'requirement', id: row.id }, at, ownerId);
    }
    const addRun = project.db.prepare("INSERT INTO test_run (human_id, software_version, source, started_at, started_by, completed_at) VALUES (?, ?, 'junit', ?, ?, ?)");
    const addResult = project.db.prepare('INSERT INTO test_result (run_id, test_case_id, outcome) VALUES (?, ?, ?)');
    for (let run = 1; run <= RUNS; run += 1) {
      const runId = Number(addRun.run(`RUN-${run}`, VERSION, at, ownerId, at).lastInsertRowid);
      const every = run === 1 ? 100 : 500;
      for (let c = 1; c <= REQUIREMENTS; c += 1) addResult.run(runId, c, c % every === 0 ? 'failed' : 'passed');
    }
    audit({ action: 'create', entity: 'bench', entityId: 'release', summary: `Bench project: ${REQUIREMENTS} requirements, ${RUNS * REQUIREMENTS} results` });
  });
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

/** `releases.check` through the dispatcher on the large project, against the raw latest-outcome query it is built on. */
export const releaseBench: Bench = {
  name: 'release: release-check on 10k requirements / 20k results',
  async run(ctx) {
    const path = join(ctx.scratch('release'), 'release.cairn');
    const setup = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    if (!(await setup.call('project.create', createInput(path))).ok) throw new Error('cannot create the bench project');
    await setup.close();
    const project = openTestProject(path);
    const { ms: fillMs } = await timed(() => fill(project, project.users.byEmail(OWNER.email)?.id ?? 0));
    figure(`generate ${REQUIREMENTS.toLocaleString('en-US')} requirements, test cases and ${(RUNS * REQUIREMENTS).toLocaleString('en-US')} results`, fillMs, 'ms');
    const raw = new ReleaseEvidenceRepo(project.db);
    const rawTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) rawTimes.push((await timed(() => raw.latestOutcomes(VERSION))).ms);
    const current = await timed(() => new ConfigurationRepo(project.db).current());
    project.close();

    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    try {
      if (!(await core.call('project.open', { path })).ok) throw new Error('cannot open the bench project');
      if (!(await core.call('session.signIn', { email: OWNER.email, password: OWNER.password })).ok) throw new Error('cannot sign in');
      const checkTimes: number[] = [];
      let blockers = 0;
      for (let i = 0; i < ROUNDS; i += 1) {
        const { ms, value } = await timed(() => core.call('releases.check', { version: VERSION }));
        if (!value.ok) throw new Error(value.error.message);
        checkTimes.push(ms);
        blockers = (value.value as ReleaseChecklist).blockers.length;
      }
      figure(`releases.check (${blockers} blockers), median of ${ROUNDS}`, median(checkTimes), 'ms', `best ${Math.min(...checkTimes).toFixed(0)} ms`);
      figure('raw latest-outcome query alone, median', median(rawTimes), 'ms');
      figure('release-check ÷ raw query', median(checkTimes) / median(rawTimes), '×', 'the rest is requirements, trace gaps, documents and problems');
      figure(`configuration items read for a baseline (${current.value.length.toLocaleString('en-US')} items)`, current.ms, 'ms');
    } finally {
      await core.close();
    }
  },
};
