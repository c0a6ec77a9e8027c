import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JunitError, readJunit } from '../../electron/core/import/junit-read';

const fixture = (name: string) => readFileSync(`test/fixtures/junit/${name}`);

describe('JUnit reader', () => {
  it('walks nested suites and keeps the suite path', () => {
    const file = readJunit(fixture('nested-suites.xml'));
    expect(file.suites).toBe(5);
    expect(file.cases.map((c) => [c.suites.join('/'), c.name, c.outcome])).toEqual([
      ['measurement/flow', '[TC-1] converts pressure drop to flow', 'passed'],
      ['measurement/flow', 'rejects a reading outside 0-14 L/s', 'failed'],
      ['measurement/volume/integration', 'integrates flow over time', 'passed'],
      ['display', 'draws the flow-volume loop', 'passed'],
    ]);
    expect(file.cases[1]?.text).toBe('Expected 15.2 L/s to be rejected\n  at flow.test.ts:41');
    expect(file.cases[0]?.durationMs).toBe(125);
    expect(file.cases[0]?.fullName).toBe('flow.FlowSensor › [TC-1] converts pressure drop to flow');
  });

  it('tells failures, errors and skips apart with their messages, and reads case properties', () => {
    const [graded, failed, broke, skipped, plain] = readJunit(fixture('outcomes.xml')).cases;
    expect(graded?.properties).toEqual([{ name: 'requirement', value: 'REQ-1' }]);
    expect([failed?.outcome, failed?.message, failed?.text]).toEqual(['failed', 'expected grade F, got C', 'Expected: "F"\nReceived: "C" <- the third blow was counted']);
    expect([broke?.outcome, broke?.message]).toEqual(['error', 'ECONNREFUSED 127.0.0.1:8443']);
    expect(broke?.text).toContain('TCPConnectWrap');
    expect([skipped?.outcome, skipped?.message, skipped?.durationMs]).toEqual(['skipped', 'needs the staging server', 0]);
    expect([plain?.outcome, plain?.properties]).toEqual(['passed', [{ name: 'owner', value: 'mobile team' }]]);
  });

  it('decodes unicode, entities and character references', () => {
    const cases = readJunit(fixture('unicode.xml')).cases;
    expect(cases.map((c) => c.name)).toEqual(['zeigt „FEV₁ / FVC“ mit Komma: 0,78 [TC-2]', '肺活量を表示する', "affiche l'unité « L/s » & la date"]);
    expect(cases[1]?.message).toBe('期待値 ≠ 実際の値 <3.2 L>');
    expect(cases[1]?.text).toBe('表示: 3,2 L (期待: 3.2 L) 🫁');
    expect(cases[0]?.suites).toEqual(['Übersetzung — Anzeige']);
  });

  it('names the problem in a bad file', () => {
    expect(() => readJunit(fixture('bad-malformed.xml'))).toThrow(/line 4/);
    expect(() => readJunit(fixture('bad-root.xml'))).toThrow(/root element is <results>/);
    expect(() => readJunit(fixture('bad-nameless.xml'))).toThrow('<testcase> 1 of <testsuite> 1 has no name attribute.');
    expect(() => readJunit(Buffer.from('<!DOCTYPE x [<!ENTITY a "b">]><testsuite/>'))).toThrow(JunitError);
    expect(() => readJunit(Buffer.from('<testsuites><testsuite name="empty"/></testsuites>'))).toThrow(/no <testcase>/);
  });

  it('reads the real output of vitest and Playwright', () => {
    for (const name of ['vitest-unit.xml', 'playwright-e2e.xml']) {
      const file = readJunit(fixture(name));
      expect(file.cases.length).toBeGreaterThan(2);
      expect(file.cases.every((c) => c.classname !== '' && c.name !== '')).toBe(true);
    }
  });
});
