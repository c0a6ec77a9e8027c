import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { CoreFixture, OWNER } from './core-fixture';

// `cairn qms` through a real process: the procedure list with states, and exit 3 while a clause in scope has no document.

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('product.update', { markets: ['eu'] });
  await f.ok('qms.saveCompany', { legalName: 'Lumen Cardio UG', managementRep: 'Priya Raman' });
  await f.ok('qms.applyScope', { physicalProduct: false, sterile: false, installation: false, servicing: false, measuringEquipment: false });
  await f.ok('project.close', {});
});
afterAll(() => f.dispose());

const cairn = (...args: string[]) => runCli(['qms', f.path(), '--user', OWNER.email, ...args], { userData: join(f.dir, 'cli-user-data'), password: OWNER.password });

interface QmsJson {
  procedures: { key: string; document: { version: number; state: string } | null }[];
  coverage: { inScope: number; documented: number; gaps: number };
  gaps: { clause: string }[];
}

describe('cairn qms', () => {
  it('exits 3 and names the gaps while the procedures have no documents', async () => {
    const result = await cairn();
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('Lumen Cardio UG: 18 procedures');
    expect(result.stdout).toMatch(/SOP-CAPA +Corrective and preventive action \(CAPA\) +no document/);
    expect(result.stdout).toContain('gap: 8.5.3 Preventive action (answered by SOP-CAPA, not generated yet)');
    expect(result.stdout).toContain('57 gap(s).');
  });

  it('exits 0 with every clause documented once the set is generated, and gives JSON', async () => {
    await f.ok('project.open', { path: f.path() });
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    await f.ok('qms.generateDocuments', {});
    await f.ok('project.close', {});
    const result = await cairn('--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as QmsJson;
    expect(json.coverage).toMatchObject({ inScope: 57, documented: 57, gaps: 0 });
    expect(json.procedures.find((p) => p.key === 'QM')?.document).toMatchObject({ version: 1, state: 'draft' });
    expect((await cairn()).stdout).toMatch(/QM +Quality manual +v1 draft/);
  });
});
