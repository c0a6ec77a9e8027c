import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { CoreFixture, OWNER } from './core-fixture';

// `cairn check` through a real process: exit 3 while an error-level finding remains, 0 once it is fixed,
// and the JSON shape scripts rely on. The project marks a requirement Verified that no test verifies.

let f: CoreFixture;
let requirementId = 0;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  const requirement = await f.ok('requirements.create', {
    text: 'The app shows the infusion rate.',
    acceptanceCriteria: 'Rate shown within 1 s.',
    verificationMethod: 'test',
    status: 'verified',
  });
  requirementId = requirement.id;
  await f.ok('project.close', {});
});
afterAll(() => f.dispose());

const cairn = (...args: string[]) => runCli([...args, '--user', OWNER.email], { userData: join(f.dir, 'cli-user-data'), password: OWNER.password });

describe('cairn check', () => {
  it('exits 3 with the finding, in text and as JSON with exactly the documented keys', async () => {
    const text = await cairn('check', f.path());
    expect(text.code).toBe(3);
    expect(text.stdout).toContain('ERROR verified-without-passing-test [IEC 62304 5.7.4] REQ-1');
    expect(text.stdout).toContain('1 error(s), 0 warning(s).');
    const json = await cairn('check', f.path(), '--json');
    expect(json.code).toBe(3);
    const parsed = JSON.parse(json.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings).toHaveLength(1);
    expect(Object.keys(parsed.findings[0] ?? {})).toEqual(['rule', 'severity', 'clause', 'records', 'message', 'fix']);
    expect(parsed.findings[0]).toMatchObject({ rule: 'verified-without-passing-test', severity: 'error', records: ['REQ-1'] });
  });

  it('exits 0 once the record no longer contradicts itself', async () => {
    await f.ok('project.open', { path: f.path() });
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    await f.ok('requirements.update', { id: requirementId, status: 'implemented' });
    await f.ok('project.close', {});
    const result = await cairn('check', f.path(), '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ findings: [] });
  });

  it('exits 2 without a project', async () => {
    expect((await cairn('check')).code).toBe(2);
  });
});
