import type { RiskImportMapping } from '../../../../shared/api/risk-types';
import { proposeRiskMapping } from '../../../../shared/risk/import-rows';
import type { Handlers } from '../../context';
import { CairnError } from '../../errors';
import { prepareImportSource, readImportSource, type ImportSource } from '../../requirements/import-source';
import { applyRiskImport } from '../../risk/apply-risk-import';
import { checkRiskImport, fittedMapping, riskSourceKey } from '../../risk/check-risk-import';
import { exportRisksCsv, exportRisksXlsx } from '../../risk/export-risks-csv';
import { requireAuthor } from '../require-author';

type ImportHandlers = Pick<Handlers, 'risk.previewImport' | 'risk.import' | 'risk.exportCsv' | 'risk.exportXlsx'>;

const PREVIEW_ROWS = 20;

/** A risk table comes from a spreadsheet: CSV or a workbook's sheet, never ReqIF. */
function tableOnly(fileName: string, source: ImportSource): ImportSource {
  if (source.format === 'reqif') throw new CairnError('invalid_input', `${fileName}: a risk table is imported from CSV or an Excel workbook (.xlsx), not ReqIF.`, 'file');
  return source;
}

export const riskImportHandlers: ImportHandlers = {
  'risk.previewImport': async (input, ctx) => {
    const source = tableOnly(input.fileName, await prepareImportSource(input.fileName, Buffer.from(input.base64, 'base64'), input.sheet));
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
      sheets: source.sheets,
      sheet: source.sheet,
      headerRow: source.headerRow,
    };
  },

  'risk.import': (input, ctx) => {
    requireAuthor(ctx, 'import risks');
    return applyRiskImport(ctx, input.fileName, tableOnly(input.fileName, readImportSource(input.fileName, Buffer.from(input.base64, 'base64'), input.sheet)), input.mapping);
  },

  'risk.exportCsv': (_input, ctx) => exportRisksCsv(ctx.project),

  'risk.exportXlsx': (_input, ctx) => exportRisksXlsx(ctx.project, ctx.now()),
};
