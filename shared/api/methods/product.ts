import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { classificationAnswersSchema } from '../../regulatory/classification';
import { CLAUSE_STATUSES } from '../../regulatory/clause-homes';
import { checkExternalControls, checkSituations, type ExternalControlInput } from '../../regulatory/external-controls';
import { fdaAnswersSchema } from '../../regulatory/fda-level';
import { itemClassInputSchema } from '../../regulatory/item-class';
import { mdrAnswersSchema } from '../../regulatory/mdr-class';
import { safetyClassSchema } from '../../regulatory/safety-class';
import { refineWith } from '../../regulatory/answer-schema';
import { field, method } from '../method';
import type { AssessmentView, ClassificationHistory, ClassificationRiskFile, CompliancePlan, ProductProfile, RegulatoryAssessments, SoftwareNode } from '../product-types';
import { MARKETS, SOFTWARE_FORMS, SOFTWARE_KINDS } from '../product-types';
import type { FdaResult } from '../../regulatory/fda-level';
import type { MdrResult } from '../../regulatory/mdr-class';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
/** A free-text control, or one picked from the risk file by id (its name then comes from the file). */
const externalControl = z.strictObject({ riskControlId: field.id.optional(), control: prose.default(''), independence: prose });

type ClassifyChecked = { answers: z.output<typeof classificationAnswersSchema>; externalControls: ExternalControlInput[]; situationIds: number[] };

const classifyInput = z
  .strictObject({
    systemId: field.id,
    answers: classificationAnswersSchema,
    /** The risk file's hazardous situations this system can contribute to; linked from the system when saved. */
    situationIds: z.array(field.id).max(500).default([]),
    externalControls: z.array(externalControl).max(50).default([]),
    rationaleExtra: prose.default(''),
  })
  .superRefine(refineWith((v: ClassifyChecked) => checkSituations(v.answers, v.situationIds)))
  .superRefine(refineWith((v: ClassifyChecked) => checkExternalControls(v.answers, v.externalControls)));

/** Product profile, software systems and items, IEC 62304 classification, compliance plan, MDR and FDA helpers. */
export const productMethods = {
  'product.get': method<ProductProfile>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The product profile: intended purpose, users, population, environment, markets, form.',
  }),
  'product.update': method<ProductProfile>()({
    input: z.strictObject({
      productName: field.name.optional(),
      manufacturer: field.name.optional(),
      intendedPurpose: prose.optional(),
      intendedUsers: prose.optional(),
      patientPopulation: prose.optional(),
      useEnvironment: prose.optional(),
      markets: z.enum(MARKETS).optional(),
      softwareForm: z.enum(SOFTWARE_FORMS).optional(),
      hardwareDevice: prose.optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes fields of the product profile (authors and owners).',
  }),
  'software.tree': method<SoftwareNode[]>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The software systems with their items and units, each with its effective safety class.',
  }),
  'software.add': method<SoftwareNode[]>()({
    input: z.strictObject({ parentId: field.id.nullable(), kind: z.enum(SOFTWARE_KINDS), name: field.name, description: prose.default('') }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a software system (no parent), item or unit to the tree.',
  }),
  'software.update': method<SoftwareNode[]>()({
    input: z.strictObject({ id: field.id, name: field.name.optional(), description: prose.optional() }),
    kind: 'mutation',
    access: 'user',
    doc: 'Renames or re-describes a system, item or unit.',
  }),
  'software.remove': method<SoftwareNode[]>()({
    input: z.strictObject({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes a system, item or unit that has no children and no classification on record.',
  }),
  'classification.classifySystem': method<ClassificationHistory>()({
    input: classifyInput,
    kind: 'mutation',
    access: 'user',
    doc: "Answers the IEC 62304 4.3 questions for a system; the class and its rationale are derived and kept with the system's history.",
  }),
  'classification.riskFile': method<ClassificationRiskFile>()({
    input: z.strictObject({ systemId: field.id }),
    kind: 'query',
    access: 'user',
    doc: "The risk file as one system's classification sees it: hazardous situations with their worst severity, and risk controls with whether they are external to the system.",
  }),
  'classification.setItemClass': method<ClassificationHistory>()({
    input: z.strictObject({
      itemId: field.id,
      itemClass: safetyClassSchema.nullable(),
      segregation: itemClassInputSchema.shape.segregation,
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Gives an item a lower class than its parent on a segregation argument, or (null) returns it to inheriting.',
  }),
  'classification.history': method<ClassificationHistory>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: 'A system, item or unit with every classification decision on record.',
  }),
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
