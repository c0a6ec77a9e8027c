import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli';
import { REPO_ROOT } from '../support/paths';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

// The regulatory commands through a real `cairn` process: exact --json shapes, human output, and exit 2
// naming the field for every kind of bad input. They need no project, so the tests share one user-data
// folder and run concurrently (each spawn costs about half a second).

const dir = makeTempDir('cli-regulatory');
afterAll(() => removeTempDir(dir));

const fixture = (name: string) => join(REPO_ROOT, 'test', 'fixtures', 'regulatory', name);
const cairn = (...args: string[]) => runCli(args, { userData: join(dir, 'user-data') });
const json = (result: CliResult): unknown => JSON.parse(result.stdout);

/** A refused input: exit 2, one line on stderr naming the field, and the error object on stdout with --json. */
function expectInvalid(result: CliResult, field: string, message?: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(new RegExp(`^cairn: ${field.replace('.', '\\.')}: `));
  const body = json(result) as { error: { message: string } };
  expect(body).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(new RegExp(`^${field}: `)), field } });
  if (message) expect(body.error.message).toMatch(message);
}

describe.concurrent('cairn classify', () => {
  it.each([
    ['classify-a-no-contribution.json', 'A'],
    ['classify-a-external-controls.json', 'A'],
    ['classify-b.json', 'B'],
    ['classify-c.json', 'C'],
  ])('%s gives class %s as {class, rationale}', async (file, cls) => {
    const result = await cairn('classify', '--answers', fixture(file), '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const body = json(result) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['class', 'rationale']);
    expect(body).toEqual({ class: cls, rationale: expect.stringMatching(new RegExp(`^Class ${cls}\\.`)) });
  });

  it('prints the class and the rationale for people', async () => {
    const result = await cairn('classify', '--answers', fixture('classify-c.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Software safety class: C\n\nClass C\. .*failure of the software is taken as certain/s);
  });

  it('names a missing answer the path needs', async () => {
    expectInvalid(await cairn('classify', '--answers', fixture('classify-missing-harm.json'), '--json'), 'worstHarm', /Required on this path/);
  });

  it('names a wrongly typed answer', async () => {
    expectInvalid(await cairn('classify', '--answers', fixture('classify-wrong-type.json'), '--json'), 'contributesToHazardousSituation', /Expected true or false/);
  });

  it('refuses a contradiction, naming the field and the other answer in words', async () => {
    expectInvalid(
      await cairn('classify', '--answers', fixture('classify-contradiction.json'), '--json'),
      'worstHarm',
      /the answer that the risk is not acceptable with external controls alone/,
    );
  });

  it.each([
    ['not-json.json', /is not valid JSON/],
    ['not-an-object.json', /Expected an object holding the answers/],
    ['no-such-file.json', /Cannot read .*no such file/],
  ])('refuses %s as the answers file', async (file, message) => {
    expectInvalid(await cairn('classify', '--answers', fixture(file), '--json'), 'answers', message);
  });

  it('refuses a missing --answers option', async () => {
    expectInvalid(await cairn('classify', '--json'), 'answers', /--answers <file.json>/);
  });

  it('without --json reports a refusal on stderr only', async () => {
    const result = await cairn('classify', '--answers', fixture('classify-missing-harm.json'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^cairn: worstHarm: Required on this path/);
  });
});

describe.concurrent('cairn applicability', () => {
  it.each([
    ['A', 50],
    ['B', 85],
    ['C', 91],
  ] as const)('class %s: all 91 active clauses in order, %i applying', async (cls, count) => {
    const result = await cairn('applicability', '--class', cls, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const rows = json(result) as { clause: string; applies: boolean }[];
    expect(rows).toHaveLength(91);
    expect(rows.filter((r) => r.applies)).toHaveLength(count);
    expect(Object.keys(rows[0] ?? {})).toEqual(['clause', 'title', 'classes', 'applies']);
    expect(rows[0]).toEqual({ clause: '5.1.1', title: 'Software development plan', classes: ['A', 'B', 'C'], applies: true });
    const clauses = rows.map((r) => r.clause);
    expect(clauses.indexOf('5.1.10')).toBe(clauses.indexOf('5.1.9') + 1);
  });

  it('prints a table with ✓ and – and a count line', async () => {
    const result = await cairn('applicability', '--class', 'A');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✓ {2}5\.1\.1 +Software development plan +A B C$/m);
    expect(result.stdout).toMatch(/^– {2}5\.1\.4 +Software development standards, methods and tools planning +C$/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('50 of 91 active clauses apply to class A.');
  });

  it.each([['D'], ['a'], ['']])('refuses the class letter %j', async (letter) => {
    expectInvalid(await cairn('applicability', '--class', letter, '--json'), 'class', /expected one of "A", "B", "C"/);
  });

  it('refuses a missing --class', async () => {
    expectInvalid(await cairn('applicability', '--json'), 'class', /^class: Required/);
  });
});

describe.concurrent('cairn mdr-class', () => {
  it.each([
    ['mdr-not-a-device.json', 'not-a-device', []],
    ['mdr-class-i.json', 'I', ['Rule 11(c)']],
    ['mdr-decision-support-iii.json', 'III', ['Rule 11(a)']],
    ['mdr-strictest-wins.json', 'IIb', ['Implementing rule 3.3', 'Rule 11(b)', 'Implementing rule 3.5']],
  ])('%s gives %s as {class, rules, rationale}', async (file, cls, rules) => {
    const result = await cairn('mdr-class', '--answers', fixture(file), '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const body = json(result) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['class', 'rules', 'rationale']);
    expect(body).toEqual({ class: cls, rules, rationale: expect.any(String) });
  });

  it('prints the class and the rules for people', async () => {
    const result = await cairn('mdr-class', '--answers', fixture('mdr-decision-support-iii.json'));
    expect(result.stdout).toMatch(/^EU MDR class: III\nRules applied: Rule 11\(a\)\n\nClass III\./);
  });

  it.each([
    ['mdr-missing-impact.json', 'worstDecisionImpact', /Required on this path/],
    ['mdr-wrong-class.json', 'hardwareClass', /Not an allowed value/],
    ['mdr-contradiction.json', 'drivesOrInfluencesHardware', /the answer that the software is not a medical device/],
    ['not-json.json', 'answers', /is not valid JSON/],
  ])('refuses %s naming %s', async (file, field, message) => {
    expectInvalid(await cairn('mdr-class', '--answers', fixture(file), '--json'), field, message);
  });
});

describe.concurrent('cairn fda-level', () => {
  it.each([
    ['fda-enhanced.json', 'Enhanced', []],
    ['fda-basic.json', 'Basic', []],
    ['fda-basic-advisories.json', 'Basic', ['combinationProduct', 'fdaClassIII']],
  ])('%s gives %s as {level, rationale, advisories}', async (file, level, flags) => {
    const result = await cairn('fda-level', '--answers', fixture(file), '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const body = json(result) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['level', 'rationale', 'advisories']);
    expect(body).toEqual({ level, rationale: expect.any(String), advisories: flags.map((flag) => ({ flag, message: expect.any(String) })) });
  });

  it('prints the level and the advisories for people', async () => {
    const result = await cairn('fda-level', '--answers', fixture('fda-basic-advisories.json'));
    expect(result.stdout).toMatch(/^FDA documentation level: Basic\n\nBasic documentation\./);
    expect(result.stdout).toMatch(/^Advisories:\n {2}- combinationProduct: .*\n {2}- fdaClassIII: /m);
  });

  it.each([
    ['fda-missing.json', 'probableRiskOfDeathOrSeriousInjury', /Required/],
    ['fda-unknown-field.json', 'levelOfConcern', /Unknown field/],
    ['not-an-object.json', 'answers', /Expected an object/],
  ])('refuses %s naming %s', async (file, field, message) => {
    expectInvalid(await cairn('fda-level', '--answers', fixture(file), '--json'), field, message);
  });
});

it('lists the regulatory commands in --help', async () => {
  const help = await cairn('--help');
  expect(help.code).toBe(0);
  for (const command of ['classify', 'applicability', 'mdr-class', 'fda-level']) expect(help.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
});
