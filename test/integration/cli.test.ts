import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY } from '../support/paths';
import { copySample, SAMPLE_OWNER } from '../support/sample-cache';

// These spawn the real `cairn` binary: exit codes, a password piped to stdin and signals are what only a
// process shows. Every other CLI test calls the command layer as a function (test/support/cli.ts).

const dir = mkdtempSync(join(tmpdir(), 'cairn-cli-'));
const PASSWORD = 'owner-password-1';

function cairn(args: string[], options: { password?: string; stdin?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, CAIRN_USER_DATA: join(dir, 'user-data') };
  delete env.CAIRN_PASSWORD;
  if (options.password) env.CAIRN_PASSWORD = options.password;
  const result = spawnSync(process.execPath, [CLI_ENTRY, ...args], { env, input: options.stdin ?? '', encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const file = join(dir, 'pump.cairn');

beforeAll(() => {
  const init = cairn(['init', join(dir, 'pump'), '--product', 'Infusion Pump', '--owner', 'Ada Owner', '--email', 'ada@example.com', '--manufacturer', 'Acme'], {
    password: PASSWORD,
  });
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cairn CLI', () => {
  it('init creates the file and says so', () => {
    expect(existsSync(file)).toBe(true);
  });

  it('info reports the project as JSON', () => {
    // Issue 15: the file is encrypted, so reading it takes a member's password.
    expect(cairn(['info', file, '--json']).code).toBe(2);
    const info = cairn(['info', file, '--json'], { password: PASSWORD });
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ productName: 'Infusion Pump', manufacturer: 'Acme', activeUsers: 1 });
  });

  it('info reports the project for people', () => {
    const info = cairn(['info', file], { password: PASSWORD });
    expect(info.stdout).toMatch(/^Product\s+Infusion Pump$/m);
    expect(info.stdout).toMatch(/^Manufacturer\s+Acme$/m);
  });

  it('users needs a signed-in user, with the password from the environment or stdin', () => {
    const missing = cairn(['users', file, '--user', 'ada@example.com']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/CAIRN_PASSWORD or pass --password-stdin/);
    const viaEnv = cairn(['users', file, '--user', 'ada@example.com', '--json'], { password: PASSWORD });
    expect(JSON.parse(viaEnv.stdout)).toEqual([expect.objectContaining({ name: 'Ada Owner', role: 'owner', active: true })]);
    const viaStdin = cairn(['users', file, '--user', 'ada@example.com', '--password-stdin'], { stdin: `${PASSWORD}\n` });
    expect(viaStdin.code).toBe(0);
    expect(viaStdin.stdout).toMatch(/Ada Owner\s+ada@example.com\s+owner/);
  });

  it('a wrong password fails with a one-line reason', () => {
    const wrong = cairn(['users', file, '--user', 'ada@example.com'], { password: 'not-the-password' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    // Issue 15: the password is tried on that member's key slot of the encrypted file, which refuses it as the file would.
    expect(wrong.stderr).toMatch(/^cairn: Wrong password or not a Cairn project/);
  });

  it('verify checks the chain', () => {
    const verify = cairn(['verify', file, '--json'], { password: PASSWORD });
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, firstBroken: null });
  });

  it('backup writes a copy that verifies', () => {
    const dest = join(dir, 'copy.cairn');
    // Issue 15: a backup copies everything, so it needs a signed-in member (usage error without one).
    expect(cairn(['backup', file, dest]).code).toBe(2);
    expect(cairn(['backup', file, dest, '--user', 'ada@example.com'], { password: PASSWORD }).code).toBe(0);
    expect(cairn(['verify', dest], { password: PASSWORD }).stdout).toMatch(/^Audit trail intact/);
    const again = cairn(['backup', file, dest, '--user', 'ada@example.com', '--json'], { password: PASSWORD });
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: false, error: { code: 'file_exists', field: 'dest' } });
  });

  it('demo creates the sample project and prints how to sign in', () => {
    const demo = cairn(['demo', join(dir, 'demo')]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/BreathWise Home Spirometry/);
    expect(demo.stdout).toMatch(/breathwise-demo/);
  });

  it('the api command calls any method and exits by its result', () => {
    const ok = cairn(['api', file, 'users.list', '{}', '--user', 'ada@example.com'], { password: PASSWORD });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });
    const bad = cairn(['api', file, 'users.add', '{"name": 3}']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
  });

  it('usage errors exit 2 with one line; --help and --version exit 0', () => {
    const unknown = cairn(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^cairn: unknown command 'frobnicate'/);
    const help = cairn(['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--product <name>/);
    expect(cairn(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('opening something that is not a project fails clearly', () => {
    const info = cairn(['info', join(dir, 'user-data', 'recent-projects.json')]);
    expect(info.code).toBe(1);
    expect(info.stderr).toMatch(/is not a Cairn project file/);
  });
});

describe('the cairn process and signals', () => {
  it('ends at once on SIGTERM in the middle of an export, writes no PDF and leaves the project intact', async () => {
    const project = copySample(join(dir, 'signal.cairn'));
    const out = join(dir, 'signal.pdf');
    const env: NodeJS.ProcessEnv = { ...process.env, CAIRN_USER_DATA: join(dir, 'user-data'), CAIRN_PASSWORD: SAMPLE_OWNER.password };
    const child = spawn(process.execPath, [CLI_ENTRY, 'export', project, 'technical-file', '--out', out, '--user', SAMPLE_OWNER.email], { env });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    // The first progress line on stderr: the export is under way.
    await new Promise<void>((resolve) => child.stderr.setEncoding('utf8').on('data', (chunk: string) => /\d+%/.test(chunk) && resolve()));
    child.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    expect(existsSync(out)).toBe(false);
    const verify = cairn(['verify', project, '--json'], { password: SAMPLE_OWNER.password });
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  });
});
