import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCoreEventMessage, isCoreReply, type CoreReply } from '../../electron/main/core-messages';
import { coreProcessArgs } from '../../electron/main/core-process-args';
import type { PushedEvent } from '../../shared/api/bridge';
import { REPO_ROOT } from './electronegativity-findings';

/**
 * Runs the real core-process bundle (as `npm run build:electron` makes it) under Node, with a stand-in
 * parent port, and talks to it in main's envelopes. Electron itself cannot run here; this covers
 * everything on the far side of `utilityProcess.fork`.
 */
const temp = mkdtempSync(join(tmpdir(), 'cairn-core-process-'));
const bundleDir = join(temp, 'bundle');
const FAKE_PORT = join(REPO_ROOT, 'test', 'security', 'fake-parent-port.mjs');

class CoreHarness {
  readonly replies = new Map<number, CoreReply>();
  readonly events: PushedEvent[] = [];
  private readonly child: ChildProcess;
  private readonly waiters: Array<() => void> = [];
  private stderr = '';
  private exited = false;

  constructor(migrationsDir: string, userDataDir: string) {
    const args = coreProcessArgs({ appVersion: '0.0.0-test', migrationsDir, userDataDir, nativeBinding: null });
    this.child = spawn(process.execPath, ['--import', FAKE_PORT, join(bundleDir, 'core-process.cjs'), ...args], {
      cwd: REPO_ROOT,
      // The bundle sits in a temporary folder; better-sqlite3 stays external and comes from the repo.
      env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') },
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', () => {
      this.exited = true;
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.on('message', (message: unknown) => {
      if (isCoreReply(message)) this.replies.set(message.id, message);
      else if (isCoreEventMessage(message)) this.events.push(message.event);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  async call(id: number, method: string, input: unknown): Promise<CoreReply['result']> {
    this.child.send({ id, method, input });
    for (;;) {
      const reply = this.replies.get(id);
      if (reply) return reply.result;
      if (this.exited) throw new Error(`The core process exited before answering ${method}:\n${this.stderr}`);
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  shutdown(): Promise<number | null> {
    return new Promise((resolve) => {
      this.child.once('exit', (code) => resolve(code));
      this.child.send({ shutdown: true });
    });
  }
}

beforeAll(() => {
  const built = spawnSync(process.execPath, [join(REPO_ROOT, 'build', 'scripts', 'bundle-electron.mjs'), '--outdir', bundleDir], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`bundle-electron failed:\n${built.stderr}`);
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the core utility process', () => {
  it("is bundled without the tests' cheap key-derivation switch, so the app always pays the full cost", () => {
    const bundle = readFileSync(join(bundleDir, 'core-process.cjs'), 'utf8');
    expect(bundle).toContain('PRODUCTION_SCRYPT_COST');
    expect(bundle).not.toContain('CAIRN_TEST_CHEAP_KDF');
  });

  it('answers numbered requests, pushes events and closes the project on shutdown', async () => {
    const userData = join(temp, 'user-data');
    const core = new CoreHarness(join(REPO_ROOT, 'migrations'), userData);
    const projectFile = join(temp, 'demo.cairn');

    expect(await core.call(1, 'app.status', {})).toEqual({
      ok: true,
      value: { appVersion: '0.0.0-test', defaultProjectFolder: expect.any(String), project: null, user: null, locked: null },
    });
    expect(await core.call(2, 'no.such', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await core.call(3, 'project.createDemo', { path: projectFile })).toMatchObject({ ok: true });
    expect(core.events.some((event) => event.type === 'project.changed')).toBe(true);
    expect(await core.call(4, 'recent.list', {})).toMatchObject({ ok: true, value: [{ path: projectFile }] });

    expect(await core.shutdown()).toBe(0);
    // A clean close checkpoints the WAL and removes it: nothing of the project is left outside its file.
    expect(existsSync(projectFile)).toBe(true);
    expect(existsSync(`${projectFile}-wal`)).toBe(false);
  });

  it('answers every request with an error when it cannot start', async () => {
    const core = new CoreHarness(join(temp, 'no-migrations-here'), join(temp, 'user-data-2'));
    const result = await core.call(1, 'app.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(result.ok ? '' : result.error.message).toMatch(/core could not start/);
    expect(await core.shutdown()).toBe(0);
  });
});
