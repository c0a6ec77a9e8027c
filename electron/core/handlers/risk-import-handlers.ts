import type { RiskImportMapping } from '../../../shared/api/risk-types';
import { proposeRiskMapping } from '../../../shared/risk/import-rows';
import type { Handlers } from '../context';
import { CairnError } from '../errors';
import { readImportSource, type ImportSource } from '../requirements/import-source';
import { applyRiskImport } from '../risk/apply-risk-import';
import { checkRiskImport, fittedMapping, riskSourceKey } from '../risk/check-risk-import';
import { exportRisksCsv } from '../risk/export-risks-csv';
import { requireAuthor } from './require-author';

type ImportHandlers = Pick<Handlers, 'risk.previewImport' | 'risk.import' | 'risk.exportCsv'>;

const PREVIEW_ROWS = 20;

/** The requirements area's reader, held to CSV: a risk table comes from a spreadsheet. */
function readCsv(fileName: string, base64: string): ImportSource {
  const source = readImportSource(fileName, Buffer.from(base64, 'base64'));
  if (source.format !== 'csv') throw new CairnError('invalid_input', `${fileName}: a risk table is imported from CSV; save the sheet as CSV (UTF-8).`, 'file');
  return source;
}

export const riskImportHandlers: ImportHandlers = {
  'risk.previewImport': (input, ctx) => {
    const source = readCsv(input.fileName, input.base64);
    const saved = input.mapping ? null : ctx.project.requirements.savedMapping<RiskImportMapping>(riskSourceKey(source));
    const mapping = fittedMapping(input.mapping ?? saved ?? proposeRiskMapping(source.columns.map((c) => c.name)), source);
    const checked = checkRiskImport(ctx, source, mapping);
    return {
      columns: source.columns.map((c) => ({ name: c.name, samples: c.samples })),
      rowCount: source.rows.length,
      preview: source.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
      mapping,
      savedMapping: saved !== null,
      unmapped: checked.unmapped,
      problems: checked.problems,
      problemCount: checked.problemCount,
    };
  },

  'risk.import': (input, ctx) => {
    requireAuthor(ctx, 'import risks');
    return applyRiskImport(ctx, input.fileName, readCsv(input.fileName, input.base64), input.mapping);
  },

  'risk.exportCsv': (_input, ctx) => exportRisksCsv(ctx.project),
};
