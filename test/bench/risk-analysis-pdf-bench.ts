import { join } from 'node:path';
import type { RiskRow } from '../../shared/api/risk-types';
import type { DocumentControl } from '../../shared/documents/control';
import { buildRiskAnalysis } from '../../electron/core/documents/kinds/risk-analysis-doc';
import { renderPdf } from '../../electron/core/pdf/pdf-bytes';
import { renderDocument } from '../../electron/core/pdf/render-document';
import { createInput } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure } from './measure';
import { pageCount } from './pdf-export';
import { target } from './targets';
import { CHAINS, riskCsv } from './risk-bench';

/** Wall and CPU time of one step: on a machine shared by several engineers the CPU figure is the one to compare. */
async function cpuTimed<T>(run: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

const CONTROL = {
  docKey: 'RISK-ANALYSIS',
  title: 'Risk analysis',
  version: 1,
  state: 'draft',
  productName: 'Bench device',
  manufacturer: 'Bench GmbH',
  contentSha256: '0'.repeat(64),
  issuedAt: null,
  signatures: [],
  revisions: [],
} as unknown as DocumentControl;

/**
 * Where the risk analysis PDF's time goes, step by step and in this thread (the export runs the last two
 * in its worker): the content builder, the pdfmake definition (which pre-breaks table cells into lines),
 * and pdfmake's layout and drawing.
 */
export const riskAnalysisPdfBench: Bench = {
  name: `risk analysis PDF: ${CHAINS.toLocaleString('en-US')} chains, content vs definition vs pdfmake`,
  async run(ctx) {
    const path = join(ctx.scratch('risk-analysis'), 'risk.cairn');
    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    let rows: RiskRow[];
    try {
      const must = async (method: Parameters<typeof core.call>[0], input: unknown) => {
        const result = await core.call(method, input);
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return result.value;
      };
      await must('project.create', createInput(path));
      const file = { fileName: 'risks.csv', base64: Buffer.from(riskCsv().csv).toString('base64') };
      const preview = (await must('risk.previewImport', file)) as { mapping: unknown };
      await must('risk.import', { ...file, mapping: preview.mapping });
      rows = ((await must('risk.list', {})) as { rows: RiskRow[] }).rows;
    } finally {
      await core.close();
    }
    const content = await cpuTimed(() => buildRiskAnalysis({ productName: 'Bench device', rows }));
    figure('content builder (rows → document content)', content.ms, 'ms', `CPU ${Math.round(content.cpuMs)} ms`);
    const definition = await cpuTimed(() => renderDocument(content.value, CONTROL));
    figure('pdfmake definition, cells broken into lines', definition.ms, 'ms', `CPU ${Math.round(definition.cpuMs)} ms`);
    const pdf = await cpuTimed(() => renderPdf(definition.value));
    figure('pdfmake layout and drawing', pdf.ms, 'ms', `CPU ${Math.round(pdf.cpuMs)} ms, ${Math.round(pdf.value.length / 1024)} KiB`);
    const cpuS = (content.cpuMs + definition.cpuMs + pdf.cpuMs) / 1000;
    target(`risk analysis PDF of ${CHAINS.toLocaleString('en-US')} chains (${pageCount(pdf.value)} pages): CPU`, cpuS, 's', 4, undefined, '< 4 s CPU');
  },
};
