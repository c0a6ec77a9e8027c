import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childScript } from '../support/child-scripts';
import { REPO_ROOT } from '../support/paths';
import { createInput } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';

// The desktop app, the browser host and the CLI share one user-data folder by design (the recent list).
// Two of them opening projects at the same moment must both succeed: the recent list is a convenience,
// and writing it must never make opening a project fail.

const PROCESSES = 2;
const OPENS = 150;
const dir = makeTempDir('shared-user-data');
const userData = join(dir, 'user-data');

function openLoop(file: string): Promise<string> {
  const child = spawn(process.execPath, [childScript('open-loop-process'), file, String(OPENS)], {
    cwd: REPO_ROOT,
    env: { ...process.env, CAIRN_USER_DATA: userData },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return new Promise((resolve) => child.on('close', () => resolve(out.trim())));
}

beforeAll(async () => {
  const core = createTestCore({ userDataDir: join(dir, 'setup') });
  for (let p = 0; p < PROCESSES; p += 1) expect((await core.call('project.create', createInput(join(dir, `p${p}.cairn`)))).ok).toBe(true);
  await core.close();
});
afterAll(() => removeTempDir(dir));

describe('processes sharing one user-data folder', () => {
  it(`${PROCESSES} processes each open a project ${OPENS} times at once without a refusal`, { timeout: 120_000 }, async () => {
    const outputs = await Promise.all(Array.from({ length: PROCESSES }, (_, p) => openLoop(join(dir, `p${p}.cairn`))));
    expect(outputs).toEqual(Array.from({ length: PROCESSES }, () => 'ok'));
  });
});
