import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { toCsv } from '../../electron/core/import/csv';
import { createInput } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, perSecond, timed } from './measure';

export const CHAINS = Number(process.env.CAIRN_BENCH_RISK_CHAINS ?? 2_000);
const RUNS = 3;

/** A risk table of CHAINS rows with 2 or 3 controls each (5,000 for 2,000 chains), half with a residual estimate. */
export function riskCsv(): { csv: string; controls: number } {
  let controls = 0;
  const rows = Array.from({ length: CHAINS }, (_, i) => {
    const names = Array.from({ length: i % 2 === 0 ? 3 : 2 }, (_c, k) => `Control ${i + 1}.${k + 1}`);
    controls += names.length;
    const residual = i % 2 === 0 ? ['1', String((i % 5) + 1), String((i % 5) + 1)] : ['', '', ''];
    return [
      `Hazard ${i % 40}`,
      `Situation ${i % 200}`,
      `Harm ${i % 25}`,
      String((i % 5) + 1),
      String(((i * 7) % 5) + 1),
      String((i % 5) + 1),
      names.join(';'),
      'protective',
      ...residual,
    ];
  });
  return {
    csv: toCsv([['Hazard', 'Hazardous situation', 'Harm', 'P1', 'P2', 'Severity', 'Controls', 'Control type', 'Residual P1', 'Residual P2', 'Residual severity'], ...rows]),
    controls,
  };
}

async function best(run: () => Promise<unknown> | unknown): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i++) fastest = Math.min(fastest, (await timed(run)).ms);
  return fastest;
}

/** The chains with their controls straight from SQLite: what the list costs without views, lookups or envelopes. */
function rawRead(path: string): () => number {
  const db = new Database(path, { readonly: true });
  const query = db.prepare(`SELECT c.*, h.name, s.name, m.name, rc.human_id, rc.name FROM risk_chain c
    JOIN hazard h ON h.id = c.hazard_id JOIN hazardous_situation s ON s.id = c.situation_id JOIN harm m ON m.id = c.harm_id
    LEFT JOIN risk_chain_control cc ON cc.chain_id = c.id LEFT JOIN risk_control rc ON rc.id = cc.control_id`);
  return () => query.all().length;
}

export const riskBench: Bench = {
  name: `risk table: ${CHAINS.toLocaleString('en-US')} chains from CSV, list and matrix counts`,
  async run(ctx) {
    const dir = ctx.scratch('risk');
    const path = join(dir, 'risk.cairn');
    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    const must = async (method: Parameters<typeof core.call>[0], input: unknown) => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    };
    try {
      await must('project.create', createInput(path));
      const { csv, controls } = riskCsv();
      const file = { fileName: 'risks.csv', base64: Buffer.from(csv).toString('base64') };
      const { value: preview } = await timed(() => must('risk.previewImport', file));
      const imported = await timed(() => must('risk.import', { ...file, mapping: (preview as { mapping: unknown }).mapping }));
      figure(
        `import ${CHAINS} chains with ${controls} controls (one transaction)`,
        imported.ms,
        'ms',
        `${Math.round(perSecond(CHAINS, imported.ms)).toLocaleString('en-US')} chains/s`,
      );
      const list = await best(() => must('risk.list', {}));
      figure('risk.list: every chain with estimates, controls, requirements (best of 3)', list, 'ms');
      const matrix = await best(() => must('risk.matrix', {}));
      figure('risk.matrix: counts per cell before and after (best of 3)', matrix, 'ms');
      const raw = rawRead(path);
      const rawMs = await best(raw);
      figure('raw better-sqlite3 join of the same chains and controls', rawMs, 'ms', `risk.list is ${(list / rawMs).toFixed(1)}× the raw read`);
    } finally {
      await core.close();
    }
  },
};
