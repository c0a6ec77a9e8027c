import { z } from 'zod';
import { fdaAnswersSchema, type FdaResult } from '../../regulatory/fda-level';
import { mdrAnswersSchema, type MdrResult } from '../../regulatory/mdr-class';
import { field, method } from '../method';
import type { AssessmentView, RegulatoryAssessments } from '../regulatory-types';

/** The EU MDR and FDA documentation level helpers and their recorded assessments. */
export const regulatoryMethods = {
  'regulatory.assessMdr': method<AssessmentView<MdrResult>>()({
    input: z.strictObject({ answers: mdrAnswersSchema }),
    kind: 'mutation',
    access: 'user',
    doc: 'Runs the EU MDR classification helper (Annex VIII rules 3.3, 3.5, 11) and keeps the result.',
  }),
  'regulatory.assessFda': method<AssessmentView<FdaResult>>()({
    input: z.strictObject({ answers: fdaAnswersSchema }),
    kind: 'mutation',
    access: 'user',
    doc: 'Runs the FDA documentation level helper (Basic / Enhanced) and keeps the result.',
  }),
  'regulatory.assessments': method<RegulatoryAssessments>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every EU MDR and FDA assessment on record, newest first.',
  }),
} as const;
