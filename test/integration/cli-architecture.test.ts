import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchitectureView } from '../../shared/api/architecture-types';
import { runCli } from '../support/cli';
import { CoreFixture, OWNER } from './core-fixture';

// `cairn architecture` through a real process: the interfaces, the diagram as SVG, and --check.

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
  await f.ok('software.add', { parentId: 2, kind: 'unit', name: 'Rate limiter' });
  await f.ok('architecture.addInterface', {
    name: 'Motor commands',
    from: { kind: 'software', id: 2 },
    to: { kind: 'external', name: 'Motor driver board' },
    protocol: 'SPI',
    direction: 'one-way',
  });
  await f.ok('project.close', {});
});
afterAll(() => f.dispose());

const cairn = (...args: string[]) => runCli(['architecture', f.path(), '--user', OWNER.email, ...args], { userData: join(f.dir, 'cli-user-data'), password: OWNER.password });

describe('cairn architecture', () => {
  it('lists the interfaces, writes the diagram as SVG and exits 3 under --check while the class C unit has no design', async () => {
    const svg = join(f.dir, 'architecture.svg');
    const result = await cairn('--svg', svg, '--check');
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('IF-1   Motor commands: ITEM-001 Dose engine → Motor driver board (external) [SPI]');
    expect(result.stdout).toContain('UNIT-001 Rate limiter is class C: write its detailed design (5.4.2).');
    const drawing = readFileSync(svg, 'utf8');
    expect(drawing.startsWith('<svg')).toBe(true);
    for (const label of ['SYS-001', 'UNIT-001', 'Motor driver board', 'IF-1']) expect(drawing).toContain(label);
    expect((await cairn()).code).toBe(0);
  });

  it('gives the view as JSON without the layout', async () => {
    const result = await cairn('--json');
    const view = JSON.parse(result.stdout) as Partial<ArchitectureView>;
    expect(view.interfaces?.map((i) => i.humanId)).toEqual(['IF-1']);
    expect(view.diagram).toBeUndefined();
  });
});
