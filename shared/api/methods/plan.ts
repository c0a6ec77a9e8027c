import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { CLAUSE_STATUSES } from '../../regulatory/clause-homes';
import { field, method } from '../method';
import type { CompliancePlan } from '../plan-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);

/** The IEC 62304 compliance plan: clause by clause, what the class requires and where it is done. */
export const planMethods = {
  'plan.get': method<CompliancePlan>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The IEC 62304 compliance plan: every clause 5.1.1–9.8, whether the class requires it, its status and where it is done.',
  }),
  'plan.setStatus': method<CompliancePlan>()({
    input: z.strictObject({ clause: z.string().trim().max(16), status: z.enum(CLAUSE_STATUSES), justification: prose.default('') }),
    kind: 'mutation',
    access: 'user',
    doc: "Marks a clause satisfied ('done') or 'not applicable', each with a justification; any other status returns the clause to what its records show.",
  }),
} as const;
