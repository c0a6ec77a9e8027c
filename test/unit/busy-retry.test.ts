import { describe, expect, it } from 'vitest';
import { retryWhileBusy } from '../../shared/api/busy-retry';
import type { Envelope } from '../../shared/api/errors';
import { isBusyError } from '../../electron/core/db/busy';

const busy: Envelope<number> = { ok: false, error: { code: 'project_busy', message: 'busy' } };

function scripted(results: Envelope<number>[]) {
  const calls: number[] = [];
  const slept: number[] = [];
  const attempt = () => {
    calls.push(calls.length);
    return Promise.resolve(results[Math.min(calls.length - 1, results.length - 1)] as Envelope<number>);
  };
  const sleep = (ms: number) => {
    slept.push(ms);
    return Promise.resolve();
  };
  return { attempt, sleep, calls, slept };
}

describe('retryWhileBusy', () => {
  it('tries again after a busy refusal and returns the first success', async () => {
    const s = scripted([busy, busy, { ok: true, value: 7 }]);
    expect(await retryWhileBusy(s.attempt, s.sleep, [10, 20, 30])).toEqual({ ok: true, value: 7 });
    expect(s.calls).toHaveLength(3);
    expect(s.slept).toEqual([10, 20]);
  });

  it('gives up after its delays and reports project_busy', async () => {
    const s = scripted([busy]);
    expect(await retryWhileBusy(s.attempt, s.sleep, [10, 20])).toEqual(busy);
    expect(s.calls).toHaveLength(3);
  });

  it('never repeats any other refusal', async () => {
    const refused: Envelope<number> = { ok: false, error: { code: 'conflict', message: 'no' } };
    const s = scripted([refused, { ok: true, value: 1 }]);
    expect(await retryWhileBusy(s.attempt, s.sleep)).toEqual(refused);
    expect(s.calls).toHaveLength(1);
  });
});

describe('isBusyError', () => {
  it.each(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE'])('treats %s as busy', (code) =>
    expect(isBusyError(Object.assign(new Error('database is locked'), { code }))).toBe(true),
  );

  it.each([['SQLITE_CORRUPT'], ['SQLITE_BUSYNESS'], [undefined]])('does not treat %s as busy', (code) => {
    expect(isBusyError(Object.assign(new Error('x'), { code }))).toBe(false);
  });

  it('copes with values that are not errors', () => {
    expect(isBusyError(null)).toBe(false);
    expect(isBusyError('SQLITE_BUSY')).toBe(false);
  });
});
