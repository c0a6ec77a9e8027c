import { proposeImportMapping } from '../../../../shared/requirements/propose-mapping';
import type { Handlers } from '../../context';
import { applyImport } from '../../requirements/apply-import';
import { exportRequirements } from '../../requirements/export-requirements';
import { prepareImportSource, readImportSource } from '../../requirements/import-source';
import { requireAuthor } from '../require-author';

type ImportHandlers = Pick<Handlers, 'requirements.previewImport' | 'requirements.import' | 'requirements.export'>;

const PREVIEW_ROWS = 20;

export const requirementsImportHandlers: ImportHandlers = {
  'requirements.previewImport': async (input, ctx) => {
    const source = await prepareImportSource(input.fileName, Buffer.from(input.base64, 'base64'), input.sheet);
    const saved = ctx.project.requirements.savedMapping(source.sourceKey);
    const proposal = saved ? null : proposeImportMapping(source.columns, source.rows);
    return {
      format: source.format,
      sourceKey: source.sourceKey,
      sourceTool: source.sourceTool,
      columns: source.columns,
      rowCount: source.rows.length,
      preview: source.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
      mapping: saved ?? proposal?.mapping ?? {},
      savedMapping: saved !== null,
      notes: proposal?.notes ?? [],
      warnings: source.warnings,
      relationCount: source.structure?.relations.length ?? 0,
      sheets: source.sheets,
      sheet: source.sheet,
      headerRow: source.headerRow,
    };
  },

  'requirements.import': (input, ctx) => {
    requireAuthor(ctx, 'import requirements');
    const source = readImportSource(input.fileName, Buffer.from(input.base64, 'base64'), input.sheet);
    return applyImport(ctx, input.fileName, source, input.mapping);
  },

  'requirements.export': (input, ctx) => exportRequirements(ctx.project, input.format, ctx.now()),
};
