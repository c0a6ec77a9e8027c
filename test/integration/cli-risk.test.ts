import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RiskMatrix } from '../../shared/api/risk-types';
import { runCli } from '../support/cli';
import { CoreFixture, OWNER } from './core-fixture';

// `cairn risks`, `cairn risk-matrix` and `cairn import … risks` through a real process.

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  const hazard = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Wrong FEV1', category: 'information-data' });
  const situation = await f.ok('risk.addRecord', { kind: 'situation', name: 'Patient sees a normal value during a decline' });
  const harm = await f.ok('risk.addRecord', { kind: 'harm', name: 'Missed exacerbation' });
  const chain = await f.ok('risk.addChain', { hazardId: hazard.id, situationId: situation.id, harmId: harm.id, initial: { p1: 5, p2: 4, s: 4 } });
  await f.ok('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Curve plausibility check' });
  await f.ok('risk.setResidual', { id: chain.id, residual: { p1: 2, p2: 2, s: 4 } });
  await f.ok('project.close', {});
});
afterAll(() => f.dispose());

const cairn = (...args: string[]) => runCli([...args, '--user', OWNER.email], { userData: join(f.dir, 'cli-user-data'), password: OWNER.password });

describe('cairn risks and risk-matrix', () => {
  it('prints each chain with its cells, controls and open items', async () => {
    const result = await cairn('risks', f.path());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('RISK-1  HAZ-1 Wrong FEV1 → HS-1 Patient sees a normal value during a decline → HARM-1 Missed exacerbation');
    expect(result.stdout).toContain('initial P5 × S4 UNACCEPTABLE (P1 5, P2 4); residual P2 × S4 acceptable');
    expect(result.stdout).toContain('RC-1 [protective-measure] Curve plausibility check → no requirement');
    expect(result.stdout).toContain('1 risk chain(s).');
  });

  it('gives the counts per cell before and after control as JSON', async () => {
    const result = await cairn('risk-matrix', f.path(), '--json');
    expect(result.code).toBe(0);
    const matrix = JSON.parse(result.stdout) as RiskMatrix;
    expect(matrix.initial[4]?.[3]).toBe(1);
    expect(matrix.residual[1]?.[3]).toBe(1);
    expect(matrix).toMatchObject({ chains: 1, unacceptableInitial: 1, unacceptableResidual: 0 });
    const text = await cairn('risk-matrix', f.path());
    expect(text.stdout).toMatch(/P5 Frequent +0\/0 +0\/0\* +0\/0\* +1\/0\* +0\/0\*/);
  });
});

describe('cairn import … risks', () => {
  it('imports a CSV risk table mapped by its header', async () => {
    const file = join(f.dir, 'fmea.csv');
    writeFileSync(file, 'Hazard,Hazardous situation,Harm,P1,P2,Severity\nBLE packet corrupted,Trend shows a false improvement,Delayed treatment,3,3,Serious\n');
    const result = await cairn('import', f.path(), 'risks', file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported fmea.csv: 1 risk chain(s); new 1 hazard(s), 1 hazardous situation(s), 1 harm(s), 0 risk control(s).');
  });

  it('exits 2 naming the missing column and changes nothing', async () => {
    const file = join(f.dir, 'no-severity.csv');
    writeFileSync(file, 'Hazard,Hazardous situation,Harm,P1,P2\nX,Y,Z,1,1\n');
    const result = await cairn('import', f.path(), 'risks', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no column for Severity');
    const after = JSON.parse((await cairn('risks', f.path(), '--json')).stdout) as { total: number };
    expect(after.total).toBe(2);
  });
});

describe('cairn export … risks', () => {
  it('writes the risk table as CSV that imports back, or as Excel, and refuses another format', async () => {
    const out = join(f.dir, 'risks.csv');
    const result = await cairn('export', f.path(), 'risks', '--format', 'csv', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*risks\.csv: \d+ risk chain\(s\) as CSV \(\d+ bytes\)\./);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain(
      'RISK-1,Wrong FEV1,information-data,,Patient sees a normal value during a decline,Missed exacerbation,5,4,4,Curve plausibility check,protective-measure,2,2,4,',
    );
    // Excel is a format of its own now (issue 19); anything else is still refused as bad usage.
    const xlsx = join(f.dir, 'risks.xlsx');
    expect((await cairn('export', f.path(), 'risks', '--format', 'xlsx', '--out', xlsx)).stdout).toMatch(/^Wrote .*risks\.xlsx: \d+ risk chain\(s\) as XLSX/);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await cairn('export', f.path(), 'risks', '--format', 'pdf', '--out', out)).code).toBe(2);
  });
});
