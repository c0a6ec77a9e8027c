import { field, method } from '../method';
import type { CheckReport } from '../check-types';

/** The project-wide consistency check: records, documents and the standards' rules against each other. */
export const checkMethods = {
  'check.run': method<CheckReport>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Checks the whole project for contradictions (classification, approved documents, reviews, tests, references, QMS scope, releases): each finding with its rule, severity, clause, records and fix.',
  }),
};
