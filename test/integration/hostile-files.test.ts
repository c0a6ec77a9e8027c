import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/errors';
import type { ChainReport } from '../../shared/api/audit-types';
import { MAX_ENTRIES, MAX_UNZIPPED_TOTAL } from '../../electron/core/import/reqifz';
import { MAX_XML_DEPTH } from '../../electron/core/import/safe-xml-parser';
import { MAX_JSON_DEPTH } from '../../shared/soup/json-input';
import { LIMITS } from '../../shared/domain/limits';
import type { Core } from '../../electron/core/core';
import { runCli } from '../support/cli';
import { createInput, OWNER } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';
import { zipBomb } from '../support/zip-bomb';

// Issue 15: files made to hurt (a zip bomb, a 40 MiB cell, right-to-left overrides, deep nesting) are
// each refused with a typed error naming the limit, and nothing of them is written.

const dir = makeTempDir('hostile');
const file = join(dir, 'project.cairn');
let core: Core;
const MIB = 1024 * 1024;

beforeAll(async () => {
  core = createTestCore({ userDataDir: join(dir, 'user-data') });
  expect((await core.call('project.create', createInput(file))).ok).toBe(true);
});
afterAll(async () => {
  await core.close();
  removeTempDir(dir);
});

const b64 = (content: string | Buffer) => Buffer.from(content).toString('base64');
/** Rows in the audit trail, so a test can see that a refusal wrote nothing. */
async function auditCount(): Promise<number> {
  const report = await core.invoke('audit.verify', {});
  return report.ok ? (report.value as ChainReport).checked : -1;
}

/** Runs `call`, expects an invalid_input refusal, and checks that the audit trail did not grow. */
async function refused(call: () => Promise<Envelope<unknown>>, message: RegExp): Promise<string> {
  const before = await auditCount();
  const result = await call();
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  const text = result.ok ? '' : result.error.message;
  expect(text).toMatch(message);
  expect(await auditCount(), 'something was written').toBe(before);
  return text;
}

describe('archives', () => {
  it(`refuses a zip bomb by its total unpacked size (${MAX_UNZIPPED_TOTAL / MIB} MiB) with bounded memory`, async () => {
    const bomb = zipBomb(70, 16 * MIB);
    const peakBefore = process.resourceUsage().maxRSS;
    await refused(() => core.invoke('requirements.previewImport', { fileName: 'bomb.reqifz', base64: b64(bomb) }), new RegExp(`more than ${MAX_UNZIPPED_TOTAL / MIB} MiB`));
    const peakAfter = process.resourceUsage().maxRSS;
    console.log(
      `hostile-files: zip bomb of ${(bomb.length / 1024).toFixed(0)} KiB claiming ${(70 * 16) / 1024} GiB; peak RSS ${(peakBefore / 1024).toFixed(0)} MiB before, ${(peakAfter / 1024).toFixed(0)} MiB after`,
    );
    expect(peakAfter - peakBefore, 'peak RSS grew by more than 100 MiB').toBeLessThan(100 * 1024);
  });

  it(`refuses an archive of more than ${MAX_ENTRIES} entries`, async () => {
    await refused(
      () => core.invoke('requirements.previewImport', { fileName: 'many.reqifz', base64: b64(zipBomb(MAX_ENTRIES + 1, 16)) }),
      new RegExp(`more than ${MAX_ENTRIES} entries`),
    );
  });
});

describe('values longer than the contract allows', () => {
  it('a 1 MiB CSV cell is refused naming its line and column', async () => {
    const csv = `ID,Text\nREQ-900,${'x'.repeat(MIB)}\n`;
    await refused(
      () => core.invoke('requirements.import', { fileName: 'big.csv', base64: b64(csv), mapping: { humanId: 'ID', text: 'Text' } }),
      /Line 2, column "Text": 1048576 characters, more than 20000/,
    );
  });

  it('a title over the contract’s limit is refused naming the line and field', async () => {
    const csv = `ID,Title,Text\nREQ-901,${'t'.repeat(LIMITS.name + 1)},Shall work.\n`;
    await refused(
      () => core.invoke('requirements.import', { fileName: 'title.csv', base64: b64(csv), mapping: { humanId: 'ID', title: 'Title', text: 'Text' } }),
      /Line 2: title: At most 200 characters/,
    );
  });

  it('a SOUP name of 5,000 characters is refused naming the component and field', async () => {
    const lock = {
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: { '': { name: 'app', dependencies: { ['a'.repeat(5000)]: '1.0.0' } }, [`node_modules/${'a'.repeat(5000)}`]: { version: '1.0.0' } },
    };
    await refused(() => core.invoke('soup.previewImport', { content: JSON.stringify(lock), source: 'package-lock.json' }), /component 1 .*name has 5000 characters, at most 200/);
  });
});

describe('names that lie on screen', () => {
  it('a person’s name with a right-to-left override is refused', async () => {
    const before = await auditCount();
    const result = await core.invoke('users.add', { name: 'Eve \u202Egnp.exe', email: 'eve@example.com', role: 'reviewer', password: 'reviewer-password-9' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    expect(await auditCount()).toBe(before);
  });

  it('a SOUP name from a lockfile has its control and bidi characters neutralised', async () => {
    const name = 'left\u202Epad\u0007';
    const lock = {
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: { '': { name: 'app', dependencies: { [name]: '1.0.0' } }, [`node_modules/${name}`]: { version: '1.0.0' } },
    };
    const preview = await core.invoke('soup.previewImport', { content: JSON.stringify(lock), source: 'package-lock.json' });
    expect(preview).toMatchObject({ ok: true, value: { added: [{ name: 'leftpad' }] } });
  });
});

const deepXml = (root: string, inner: string, depth: number) => `<?xml version="1.0"?>\n<${root}>\n${`<${inner}>`.repeat(depth)}${`</${inner}>`.repeat(depth)}\n</${root}>\n`;

describe('deep nesting', () => {
  it(`ReqIF nested more than ${MAX_XML_DEPTH} deep`, async () => {
    await refused(
      () => core.invoke('requirements.previewImport', { fileName: 'deep.reqif', base64: b64(deepXml('REQ-IF', 'X', 5000)) }),
      new RegExp(`Line 3: the XML nests elements more than ${MAX_XML_DEPTH} deep`),
    );
  });

  it(`JUnit nested more than ${MAX_XML_DEPTH} deep`, async () => {
    await refused(
      () => core.invoke('tests.previewJunit', { fileName: 'deep.xml', base64: b64(deepXml('testsuites', 'testsuite', 5000)), softwareVersion: '1.0' }),
      /more than 100 deep/,
    );
  });

  it(`CycloneDX nested more than ${MAX_JSON_DEPTH} deep`, async () => {
    const deep = `{"bomFormat":"CycloneDX","specVersion":"1.5","components":[${'{"type":"library","name":"x","version":"1","components":['.repeat(5000)}${']}'.repeat(5000)}]}`;
    await refused(() => core.invoke('soup.previewImport', { content: deep, source: 'bom.json' }), new RegExp(`nested more than ${MAX_JSON_DEPTH} levels`));
  });

  // Issue 15 leftover: YAML and TOML lockfiles get the same explicit nesting limit, in brackets and in indentation or dotted tables.
  it(`pnpm-lock.yaml and poetry.lock nested more than ${MAX_JSON_DEPTH} deep`, async () => {
    const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k:`).join('\n');
    const lockfiles: [string, string][] = [
      ['pnpm-lock.yaml', `lockfileVersion: '9.0'\nimporters:\n  .:\n    x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
      ['pnpm-lock.yaml', `lockfileVersion: '9.0'\npackages:\n${nested(MAX_JSON_DEPTH + 50).replace(/^/gm, '  ')} 1\n`],
      ['poetry.lock', `[[package]]\nname = "a"\nversion = "1"\nx = ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
      ['poetry.lock', `[${Array.from({ length: MAX_JSON_DEPTH + 50 }, () => 'a').join('.')}]\nb = 1\n\n[[package]]\nname = "a"\nversion = "1"\n`],
    ];
    for (const [source, content] of lockfiles) {
      await refused(() => core.invoke('soup.previewImport', { content, source }), new RegExp(`${source.replace('.', '\\.')}.*nested more than ${MAX_JSON_DEPTH} levels`));
    }
    const input = join(dir, 'deep-lock.json');
    writeFileSync(input, JSON.stringify({ content: lockfiles[2]?.[1], source: 'poetry.lock' }));
    await core.call('project.close', {});
    const result = await runCli(['api', file, 'soup.previewImport', '--input-file', input, '--user', OWNER.email], { userData: join(dir, 'cli'), password: OWNER.password });
    expect(result.code, result.stderr).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await core.call('project.open', { path: file, password: OWNER.password })).ok).toBe(true);
    expect((await core.call('session.signIn', { email: OWNER.email, password: OWNER.password })).ok).toBe(true);
  });

  it('is bad input to the CLI: exit 2', { timeout: 30_000 }, async () => {
    const input = join(dir, 'deep-input.json');
    writeFileSync(input, JSON.stringify({ fileName: 'deep.reqif', base64: b64(deepXml('REQ-IF', 'X', 5000)) }));
    await core.call('project.close', {});
    const result = await runCli(['api', file, 'requirements.previewImport', '--input-file', input, '--user', OWNER.email], {
      userData: join(dir, 'cli'),
      password: OWNER.password,
    });
    expect(result.code, result.stderr).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await core.call('project.open', { path: file })).ok).toBe(true);
    expect((await core.call('session.signIn', { email: OWNER.email, password: OWNER.password })).ok).toBe(true);
  });
});
