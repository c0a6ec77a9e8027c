import { afterAll, describe, expect, it } from 'vitest';
import { CRASH_IMPORT_ROWS, crashSafetyScenario } from '../../electron/core/validation/oq-crash-safety';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { faultyCairn, oqContext } from '../support/validation-context';

const temp = makeTempDir('validation-crash');
afterAll(() => removeTempDir(temp));

describe('[TC-10] OQ-10 crash safety', () => {
  it('passes on the shipped build: the killed import left none of its rows', async () => {
    const step = await crashSafetyScenario(oqContext(temp, 'crash-ok'));
    expect(step.result, step.detail).toBe('passed');
    expect(step.evidence.outputs['round 1']).toMatchObject({ killed: true, integrity: 'ok', requirements: 0 });
  });

  it('fails when the project holds part of the killed import afterwards', async () => {
    // The file as a writer committing in slices would leave it: some rows of the import, not all.
    const halfCommitted = faultyCairn((argv, env, real) =>
      argv[0] === 'api' && argv[2] === 'requirements.overview'
        ? Promise.resolve({ code: 0, stdout: JSON.stringify({ ok: true, value: { total: CRASH_IMPORT_ROWS / 2 } }), stderr: '' })
        : real(argv, env),
    );
    const step = await crashSafetyScenario(oqContext(temp, 'crash-broken', halfCommitted));
    expect(step.result).toBe('failed');
    expect(step.detail).toBe('round 1: the killed import left part of its rows');
  });
});
