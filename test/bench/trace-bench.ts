import { join } from 'node:path';
import type { GapReport } from '../../shared/api/trace-types';
import { writeAudited } from '../../electron/core/audit/write-audited';
import { loadMigrations } from '../../electron/core/db/migrations';
import { openProjectFile, type OpenProject } from '../../electron/core/projects/open-project';
import { MIGRATIONS_DIR } from '../support/paths';
import { createInput, OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';

const REQUIREMENTS = 10_000;
const ITEMS = 200;
const SOUP = 500;
const ROUNDS = 5;
/** The target for the gap report on this project. */
const GAP_TARGET_MS = 200;

/**
 * The large traced project: 10k requirements on 200 items (two or three links each), 500 SOUP packages
 * used by ten items each — 30k links — with a tenth of the requirements lacking a verification method
 * and every fortieth link suspect, so the report has real gaps to find.
 */
function fill(project: OpenProject, ownerId: number): number {
  const at = new Date().toISOString();
  const owner = project.users.byId(ownerId);
  if (!owner) throw new Error('the owner vanished');
  let links = 0;
  writeAudited(project, owner, 'bench.trace', at, (audit) => {
    const system = project.software.insert({ parentId: null, kind: 'system', name: 'Bench system', description: '', createdAt: at });
    const items = Array.from({ length: ITEMS }, (_, i) => project.software.insert({ parentId: system.id, kind: 'item', name: `Item ${i + 1}`, description: '', createdAt: at }).id);
    for (let r = 0; r < REQUIREMENTS; r += 1) {
      const row = project.requirements.insert(
        { title: `Requirement ${r + 1}`, text: `The software shall do thing ${r + 1}.`, type: 'functional', source: 'system-requirement', sourceRef: '', rationale: '', acceptanceCriteria: '', verificationMethod: r % 10 === 0 ? '' : 'test', status: 'draft' },
        at,
      );
      const fan = r % 2 === 0 ? 2 : 3;
      for (let k = 0; k < fan; k += 1) {
        const item = items[(r + k * 37) % ITEMS] ?? system.id;
        if (project.trace.link({ type: 'requirement', id: row.id }, { type: 'software_item', id: item }, at, ownerId)) links += 1;
      }
    }
    for (let s = 0; s < SOUP; s += 1) {
      const id = project.soup.insert({ name: `package-${s}`, version: '1.0.0', ecosystem: 'npm', licence: 'MIT', supplier: '', direct: true, dev: false, website: '' }, 'bench', at);
      for (let k = 0; k < 10; k += 1) {
        if (project.trace.link({ type: 'soup', id }, { type: 'software_item', id: items[(s * 7 + k) % ITEMS] ?? system.id }, at, ownerId)) links += 1;
      }
    }
    project.db.prepare('UPDATE trace_link SET suspect = 1, suspect_reason = ?, suspect_since = ? WHERE id % 40 = 0').run('bench change', at);
    audit({ action: 'create', entity: 'bench', entityId: 'trace', summary: `Bench project: ${REQUIREMENTS} requirements, ${links} links` });
  });
  return links;
}

/** The gap report and the trace matrix on the large project, through the dispatcher as the app calls them. */
export const traceBench: Bench = {
  name: 'trace: gap report and matrix on 10k requirements / 30k links',
  async run(ctx) {
    const path = join(ctx.scratch('trace'), 'traced.cairn');
    const setup = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    if (!(await setup.call('project.create', createInput(path))).ok) throw new Error('cannot create the bench project');
    await setup.close();
    const project = openProjectFile(path, loadMigrations(MIGRATIONS_DIR), () => new Date().toISOString());
    const ownerId = project.users.byEmail(OWNER.email)?.id ?? 0;
    const { ms: fillMs, value: links } = await timed(() => fill(project, ownerId));
    project.close();
    figure(`generate ${REQUIREMENTS.toLocaleString('en-US')} requirements and ${links.toLocaleString('en-US')} links`, fillMs, 'ms');

    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    try {
      if (!(await core.call('project.open', { path })).ok) throw new Error('cannot open the bench project');
      if (!(await core.call('session.signIn', { email: OWNER.email, password: OWNER.password })).ok) throw new Error('cannot sign in');
      const gapTimes: number[] = [];
      let gapCount = 0;
      for (let i = 0; i < ROUNDS; i += 1) {
        const { ms, value } = await timed(() => core.call('trace.gaps', {}));
        if (!value.ok) throw new Error(value.error.message);
        gapTimes.push(ms);
        gapCount = (value.value as GapReport).gaps.length;
      }
      const matrix = await timed(() => core.call('trace.matrix', {}));
      const best = Math.min(...gapTimes);
      const median = [...gapTimes].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? best;
      figure(`gap report (${gapCount.toLocaleString('en-US')} gaps), median of ${ROUNDS}`, median, 'ms', `best ${best.toFixed(0)} ms`);
      figure('gap report median ÷ 200 ms target', median / GAP_TARGET_MS, '×', median <= GAP_TARGET_MS ? 'within target' : 'OVER target');
      figure('trace matrix (10k rows)', matrix.ms, 'ms');
    } finally {
      await core.close();
    }
  },
};
