import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gatesScenario } from '../../electron/core/validation/oq-gates';
import { junitImportScenario, lockfileImportScenario, requirementsImportScenario } from '../../electron/core/validation/oq-imports';
import { projectAuditScenario } from '../../electron/core/validation/oq-project-audit';
import { signedDocumentScenario } from '../../electron/core/validation/oq-signed-document';
import { tamperScenario } from '../../electron/core/validation/oq-tamper';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { faultyCairn, oqContext } from '../support/validation-context';

// Each OQ scenario passes against the shipped CLI and fails when its feature is broken: the fault is
// injected at the door the scenario drives (the CLI), so the scenario's own checks must catch it.

const temp = makeTempDir('validation-oq');
afterAll(() => removeTempDir(temp));

const command = (argv: readonly string[]) => argv[0];
const VERIFY_SAYS_OK = { code: 0, stdout: JSON.stringify({ ok: true, checked: 1, firstBroken: null }), stderr: '' };

/** Rewrites the file an `import` reads (argv[3]) before the real import sees it: a reader that loses data. */
function lossyImport(kind: string, lose: (text: string) => string) {
  return faultyCairn((argv, env, real) => {
    if (command(argv) === 'import' && argv[2] === kind && argv[3]) writeFileSync(argv[3], lose(readFileSync(argv[3], 'utf8')));
    return real(argv, env);
  });
}

describe('[TC-3] OQ-03 project created, edited, audited and verified', () => {
  it('passes on the shipped build', async () => {
    const step = await projectAuditScenario(oqContext(temp, 'audit-ok'));
    expect(step.result, step.detail).toBe('passed');
    expect(step.evidence.outputs.verify).toMatchObject({ exitCode: 0 });
  });

  it('fails when an edit is acknowledged but not stored', async () => {
    const dropsEdits = faultyCairn((argv, env, real) =>
      command(argv) === 'api' && argv[2] === 'project.update' ? Promise.resolve({ code: 0, stdout: '{"ok":true}', stderr: '' }) : real(argv, env),
    );
    const step = await projectAuditScenario(oqContext(temp, 'audit-broken', dropsEdits));
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('expected "Validation Pump (renamed)"');
    expect(step.detail).toMatch(/the audit trail held \d+ rows before the edit/);
  });
});

describe('[TC-4] OQ-04 tampering detected', () => {
  it('passes on the shipped build: verify catches an audit row and a record edited outside the app', async () => {
    const step = await tamperScenario(oqContext(temp, 'tamper-ok'));
    expect(step.result, step.detail).toBe('passed');
    expect(step.evidence.outputs['verify after editing the audit row']).toMatchObject({ exitCode: 3, report: { ok: false } });
    expect(step.evidence.outputs['verify after editing the product record']).toMatchObject({ exitCode: 3, report: { ok: false } });
  });

  it('fails when verify reports ok whatever the file holds', async () => {
    const blindVerify = faultyCairn((argv, env, real) => (command(argv) === 'verify' ? Promise.resolve(VERIFY_SAYS_OK) : real(argv, env)));
    const step = await tamperScenario(oqContext(temp, 'tamper-broken', blindVerify));
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('after the audit row was edited outside Cairn, expected 3');
    expect(step.detail).toContain('after the product record was edited outside Cairn, expected 3');
  });
});

describe('[TC-5] OQ-05 signed document', () => {
  it('passes on the shipped build', async () => {
    const step = await signedDocumentScenario(oqContext(temp, 'pdf-ok'));
    expect(step.result, step.detail).toBe('passed');
    expect(Object.keys(step.evidence.hashes)).toEqual(['SRS-v1.pdf', 'SRS-v1-flipped.pdf']);
  });

  it('fails when verify-pdf does not look at the bytes it was given', async () => {
    // Checks the file as exported instead of the one named: a flipped byte goes unnoticed.
    const ignoresBytes = faultyCairn((argv, env, real) =>
      command(argv) === 'verify-pdf'
        ? real(
            argv.map((arg) => arg.replace('-flipped.pdf', '.pdf')),
            env,
          )
        : real(argv, env),
    );
    const step = await signedDocumentScenario(oqContext(temp, 'pdf-broken', ignoresBytes));
    expect(step.result).toBe('failed');
    expect(step.detail).toBe('verify-pdf exited 0 (intact: true) on a PDF with a flipped byte, expected 3');
  });
});

describe('OQ-06 to OQ-08 imports against golden files', () => {
  it('[TC-6] [TC-7] [TC-8] pass on the shipped build', async () => {
    const ctx = oqContext(temp, 'imports-ok');
    for (const scenario of [requirementsImportScenario, junitImportScenario, lockfileImportScenario]) {
      const step = await scenario(ctx);
      expect(step.result, `${step.id}: ${step.detail}`).toBe('passed');
    }
  });

  it('[TC-6] OQ-06 fails when the CSV reader drops the last row', async () => {
    const step = await requirementsImportScenario(
      oqContext(
        temp,
        'csv-broken',
        lossyImport('requirements', (csv) => csv.trimEnd().split('\n').slice(0, -1).join('\n')),
      ),
    );
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('CSV import: rows was 2, expected 3');
  });

  it('[TC-7] OQ-07 fails when the JUnit reader loses a failure', async () => {
    const step = await junitImportScenario(
      oqContext(
        temp,
        'junit-broken',
        lossyImport('junit', (xml) => xml.replace(/<failure[^>]*>[^<]*<\/failure>/, '')),
      ),
    );
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('JUnit import: passed was 2, expected 1');
  });

  it('[TC-8] OQ-08 fails when the lockfile reader skips a package', async () => {
    const skipTinyClock = (text: string) => {
      const lock = JSON.parse(text) as { packages: Record<string, unknown> };
      delete lock.packages['node_modules/tiny-clock'];
      return JSON.stringify(lock);
    };
    const step = await lockfileImportScenario(oqContext(temp, 'lock-broken', lossyImport('soup', skipTinyClock)));
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('lockfile import: added was 1, expected 2');
  });
});

describe('[TC-9] OQ-09 trace gate and release check', () => {
  it('passes on the shipped build', async () => {
    const step = await gatesScenario(oqContext(temp, 'gates-ok'));
    expect(step.result, step.detail).toBe('passed');
  });

  it('fails when the trace gate always lets the build through', async () => {
    const openGate = faultyCairn(async (argv, env, real) => {
      const outcome = await real(argv, env);
      return command(argv) === 'trace' ? { ...outcome, code: 0 } : outcome;
    });
    const step = await gatesScenario(oqContext(temp, 'gates-broken', openGate));
    expect(step.result).toBe('failed');
    expect(step.detail).toBe('trace exited 0 with untraced requirements, expected 3');
  });
});
