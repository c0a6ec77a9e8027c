import type { QmsFacts } from './facts';
import { applies } from './facts';
import { procedureClauses, type ProcedureDef } from './procedure-types';
import { SOP_CAPA } from './procedures/capa';
import { SOP_CHANGES } from './procedures/change-management';
import { SOP_DEPLOYMENT } from './procedures/deployment';
import { SOP_DOCUMENTS } from './procedures/document-control';
import { SOP_FEEDBACK } from './procedures/feedback';
import { SOP_INTERNAL_AUDIT } from './procedures/internal-audit';
import { SOP_MANAGEMENT_REVIEW } from './procedures/management-review';
import { SOP_POST_MARKET } from './procedures/post-market';
import { SOP_PROBLEMS } from './procedures/problem-resolution';
import { SOP_PURCHASING } from './procedures/purchasing';
import { QUALITY_MANUAL } from './procedures/quality-manual';
import { SOP_REGISTRATION } from './procedures/registration';
import { SOP_RISK } from './procedures/risk-management';
import { SOP_DEVELOPMENT } from './procedures/software-development';
import { SOP_TOOL_VALIDATION } from './procedures/tool-validation';
import { SOP_TRAINING } from './procedures/training';
import { SOP_USABILITY } from './procedures/usability';
import { SOP_VIGILANCE } from './procedures/vigilance';

/** Cairn's procedure set, in the order the quality manual lists it. */
export const PROCEDURES: readonly ProcedureDef[] = [
  QUALITY_MANUAL,
  SOP_DOCUMENTS,
  SOP_MANAGEMENT_REVIEW,
  SOP_INTERNAL_AUDIT,
  SOP_CAPA,
  SOP_TRAINING,
  SOP_PURCHASING,
  SOP_TOOL_VALIDATION,
  SOP_DEVELOPMENT,
  SOP_RISK,
  SOP_USABILITY,
  SOP_CHANGES,
  SOP_PROBLEMS,
  SOP_DEPLOYMENT,
  SOP_REGISTRATION,
  SOP_FEEDBACK,
  SOP_VIGILANCE,
  SOP_POST_MARKET,
];

export const PROCEDURE_KEYS: readonly string[] = PROCEDURES.map((p) => p.key);

export function procedureByKey(key: string): ProcedureDef | undefined {
  return PROCEDURES.find((p) => p.key === key);
}

/**
 * The procedures this company needs: the quality manual always, and each SOP that answers at least one
 * clause in scope. A company that declares all of a procedure's clauses not applicable does not get it.
 */
export function neededProcedures(f: QmsFacts): ProcedureDef[] {
  return PROCEDURES.filter((p) => p.kind === 'manual' || procedureClauses(p).some((c) => c !== '4.2.5' && applies(f, c)));
}
