import type { RiskMatrix, RiskRow } from '../../../shared/api/risk-types';
import type { OpenProject } from '../projects/open-project';
import { riskRows } from './risk-view';

/** How many chains sit in each cell of the plan's matrix before and after control; the screen's heat maps and the report's tables. */
export function riskMatrix(project: OpenProject, rows: readonly RiskRow[] = riskRows(project)): RiskMatrix {
  const { scales } = project.risk.plan.get();
  const zeros = () => scales.probability.map(() => scales.severity.map(() => 0));
  const initial = zeros();
  const residual = zeros();
  let residualPending = 0;
  let unacceptableInitial = 0;
  let unacceptableResidual = 0;
  for (const row of rows) {
    const ip = initial[row.initial.p - 1];
    if (ip) ip[row.initial.s - 1] = (ip[row.initial.s - 1] ?? 0) + 1;
    if (row.initial.acceptability === 'unacceptable') unacceptableInitial += 1;
    if (!row.residual) {
      residualPending += 1;
      continue;
    }
    const rp = residual[row.residual.p - 1];
    if (rp) rp[row.residual.s - 1] = (rp[row.residual.s - 1] ?? 0) + 1;
    if (row.residual.acceptability === 'unacceptable') unacceptableResidual += 1;
  }
  return {
    probability: scales.probability.map((l) => l.name),
    severity: scales.severity.map((l) => l.name),
    acceptability: scales.acceptability,
    initial,
    residual,
    residualPending,
    chains: rows.length,
    unacceptableInitial,
    unacceptableResidual,
  };
}
