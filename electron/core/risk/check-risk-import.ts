import type { RiskImportField, RiskImportMapping, RiskImportProblem } from '../../../shared/api/risk-types';
import { RISK_IMPORT_FIELDS, RISK_IMPORT_PROBLEM_LIMIT } from '../../../shared/api/risk-types';
import { residualProblem, type ControlType } from '../../../shared/risk/controls';
import { evaluateRisk } from '../../../shared/risk/evaluate';
import { controlTypeAt, requiredImportFields, RISK_IMPORT_LABELS, rowToChain, type ImportedChain } from '../../../shared/risk/import-rows';
import type { HandlerContext } from '../context';
import type { ImportSource } from '../requirements/import-source';

/** A row that passed every check, with the type each of its controls will have. */
export interface CheckedChain {
  chain: ImportedChain;
  types: ControlType[];
}

export interface CheckedRiskImport {
  chains: CheckedChain[];
  /** Required fields without a column in the file; rows are not checked until there are none. */
  unmapped: RiskImportField[];
  problems: RiskImportProblem[];
  problemCount: number;
}

/** Risk mappings share the import_mapping table with the requirements area; the prefix keeps the two apart. */
export const riskSourceKey = (source: ImportSource) => `risk:${source.sourceKey}`;

/** The mapping without unknown fields and without columns the file lacks, so a stale saved mapping cannot mislead. */
export function fittedMapping(mapping: Partial<Record<string, string>>, source: ImportSource): RiskImportMapping {
  const columns = new Set(source.columns.map((c) => c.name));
  const fitted: RiskImportMapping = {};
  for (const field of RISK_IMPORT_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && columns.has(column)) fitted[field] = column;
  }
  return fitted;
}

/**
 * Checks every row against the mapping and the plan's scales, as the import would, and collects every
 * fault by line instead of stopping at the first: the preview shows them all, the import refuses on any.
 * Control types carry over from earlier rows and from the project, as the import resolves them.
 */
export function checkRiskImport(ctx: HandlerContext, source: ImportSource, mapping: RiskImportMapping): CheckedRiskImport {
  const { scales } = ctx.project.risk.plan.get();
  const columns = new Set(source.columns.map((c) => c.name));
  const unmapped = requiredImportFields(scales).filter((f) => mapping[f] === undefined || !columns.has(mapping[f]));
  const checked: CheckedRiskImport = { chains: [], unmapped, problems: [], problemCount: 0 };
  if (unmapped.length > 0) return checked;
  const problem = (where: string, message: string) => {
    checked.problemCount += 1;
    if (checked.problems.length < RISK_IMPORT_PROBLEM_LIMIT) checked.problems.push({ where, message });
  };
  const knownTypes = new Map(ctx.project.risk.controls.all().map((c) => [c.name.toLowerCase(), c.type]));
  for (const row of source.rows) {
    const result = rowToChain(row.where, row.cells, mapping, scales);
    if (!result.ok) {
      problem(row.where, result.message);
      continue;
    }
    const chain = result.chain;
    const initial = evaluateRisk(scales, chain.initial);
    if (!initial.ok) {
      problem(chain.line, `${chain.line}: ${initial.problem.message}`);
      continue;
    }
    const types: ControlType[] = [];
    const untyped = chain.controls.find((name, index) => {
      const type = knownTypes.get(name.toLowerCase()) ?? controlTypeAt(chain, index);
      if (type) types.push(type);
      return !type;
    });
    if (untyped !== undefined) {
      problem(chain.line, `${chain.line}: risk control "${untyped}" is new; give its type in the ${RISK_IMPORT_LABELS.controlType} column.`);
      continue;
    }
    if (chain.residual) {
      const residual = evaluateRisk(scales, chain.residual, 'residual ');
      const earned = residual.ok
        ? residualProblem(
            initial.value,
            residual.value,
            types.map((type) => ({ type })),
          )
        : residual;
      if (!earned.ok) {
        problem(chain.line, `${chain.line}: ${residual.ok ? '' : 'residual '}${earned.problem.message}`);
        continue;
      }
    }
    // Only a row that will be imported teaches later rows the type of a new control.
    chain.controls.forEach((name, index) => knownTypes.set(name.toLowerCase(), types[index] as ControlType));
    checked.chains.push({ chain, types });
  }
  if (source.rows.length === 0) problem('File', 'the file has a header but no rows.');
  return checked;
}
