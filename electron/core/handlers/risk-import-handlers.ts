import { proposeRiskMapping, requiredImportFields } from '../../../shared/risk/import-rows';
import type { Handlers } from '../context';
import { CairnError } from '../errors';
import { readImportSource, type ImportSource } from '../requirements/import-source';
import { applyRiskImport } from '../risk/apply-risk-import';
import { requireAuthor } from './require-author';

type ImportHandlers = Pick<Handlers, 'risk.previewImport' | 'risk.import'>;

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
    const mapping = proposeRiskMapping(source.columns.map((c) => c.name));
    const { scales } = ctx.project.risk.plan.get();
    return {
      columns: source.columns.map((c) => ({ name: c.name, samples: c.samples })),
      rowCount: source.rows.length,
      preview: source.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
      mapping,
      unmapped: requiredImportFields(scales).filter((f) => mapping[f] === undefined),
    };
  },

  'risk.import': (input, ctx) => {
    requireAuthor(ctx, 'import risks');
    return applyRiskImport(ctx, input.fileName, readCsv(input.fileName, input.base64), input.mapping);
  },
};
