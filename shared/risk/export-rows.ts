import type { RiskImportField, RiskRow } from '../api/risk-types';
import type { RiskEstimate } from './evaluate';
import { RISK_IMPORT_LABELS } from './import-rows';
import type { ProbabilityMode } from './scales';

// The risk table as spreadsheet rows that the CSV import reads back into the same chains: headers are
// the import's own field labels (so the proposed mapping finds every column), levels are numbers, and
// lists (controls, their types) are separated by semicolons in the same order.

const ESTIMATE_FIELDS: Record<ProbabilityMode, { initial: RiskImportField[]; residual: RiskImportField[] }> = {
  p1p2: { initial: ['p1', 'p2', 's'], residual: ['residualP1', 'residualP2', 'residualS'] },
  single: { initial: ['p', 's'], residual: ['residualP', 'residualS'] },
};

/** The columns for a plan's probability mode, in the order a risk table reads: chain, initial, controls, residual. */
export function exportFields(mode: ProbabilityMode): RiskImportField[] {
  const { initial, residual } = ESTIMATE_FIELDS[mode];
  return ['hazard', 'hazardCategory', 'sequenceOfEvents', 'situation', 'harm', ...initial, 'controls', 'controlType', ...residual, 'benefitRisk'];
}

/** Not imported: a person reading the file sees which chain a row was. */
export const EXPORT_ID_HEADER = 'Risk ID';

function level(estimate: RiskEstimate | null, part: 'p1' | 'p2' | 'p' | 's'): string {
  const value = estimate?.[part];
  return value === null || value === undefined ? '' : String(value);
}

function cellOf(row: RiskRow, field: RiskImportField): string {
  switch (field) {
    case 'hazard':
      return row.hazard.name;
    case 'hazardCategory':
      return row.hazard.category;
    case 'sequenceOfEvents':
      return row.sequenceOfEvents;
    case 'situation':
      return row.situation.name;
    case 'harm':
      return row.harm.name;
    case 'p1':
    case 'p2':
    case 'p':
    case 's':
      return level(row.initial, field);
    case 'residualP1':
      return level(row.residual, 'p1');
    case 'residualP2':
      return level(row.residual, 'p2');
    case 'residualP':
      return level(row.residual, 'p');
    case 'residualS':
      return level(row.residual, 's');
    case 'controls':
      return row.controls.map((c) => c.name).join('; ');
    case 'controlType':
      return row.controls.map((c) => c.type).join('; ');
    case 'benefitRisk':
      return row.benefitRisk;
  }
}

/** Header line and one line per chain, as text cells. */
export function riskExportRows(rows: readonly RiskRow[], mode: ProbabilityMode): string[][] {
  const fields = exportFields(mode);
  return [[EXPORT_ID_HEADER, ...fields.map((f) => RISK_IMPORT_LABELS[f])], ...rows.map((row) => [row.humanId, ...fields.map((f) => cellOf(row, f))])];
}
