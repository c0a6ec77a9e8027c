import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { REQUIREMENT_TYPES } from '../../requirements/fields';
import { CAUSE_CATEGORIES, HAZARD_CATEGORIES } from '../../risk/catalogue';
import { CONTROL_TYPES } from '../../risk/controls';
import { riskScalesSchema } from '../../risk/scales-schema';
import { field, method } from '../method';
import type { TableExport } from '../table-export';
import type { RiskControl, RiskExport, RiskImportPreview, RiskImportResult, RiskList, RiskMatrix, RiskPlanView, RiskRecord, RiskRecords, RiskRow } from '../risk-types';
import { RISK_IMPORT_FIELDS, RISK_RECORD_KINDS } from '../risk-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const statement = z.string().trim().min(1, 'Required.').max(LIMITS.text, `At most ${LIMITS.text} characters.`);
/** A level number; whether it is on the plan's scale is the rules' call, so the message can name the scale. */
const level = z.number().int('A level is a whole number.').min(-1000).max(1000);
const estimate = z.strictObject({ p1: level.nullable().optional(), p2: level.nullable().optional(), p: level.nullable().optional(), s: level });
const cause = z.strictObject({ itemId: field.id, category: z.enum(CAUSE_CATEGORIES), description: prose.default('') });
const kind = z.enum(RISK_RECORD_KINDS);
const importMapping = z.partialRecord(z.enum(RISK_IMPORT_FIELDS), z.string().max(LIMITS.name));

const planFields = {
  scope: prose,
  lifecyclePhases: prose,
  responsibilities: prose,
  reviewRequirements: prose,
  acceptabilityPolicy: prose,
  overallCriterion: prose,
  controlVerification: prose,
  productionInformation: prose,
};

const chainFields = {
  hazardId: field.id,
  sequenceOfEvents: prose,
  situationId: field.id,
  harmId: field.id,
  initial: estimate,
  causes: z.array(cause).max(100),
};

/** A new requirement written from a risk control: marked as a risk control and linked to it (IEC 62304 5.2.3). */
const controlRequirement = {
  text: statement,
  title: z.string().trim().max(LIMITS.name).default(''),
  type: z.enum(REQUIREMENT_TYPES).default('functional'),
};

/** What implements a new control, recorded in the same step so a control is never left without it. */
const implementedBy = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('existing'), requirementId: field.id }),
  z.strictObject({ kind: z.literal('new'), ...controlRequirement }),
]);

const controlFields = {
  chainIds: z.array(field.id).min(1, 'Name at least one risk chain this control acts on.').max(1000),
  type: z.enum(CONTROL_TYPES),
  name: field.name,
  description: prose,
  implementationVerification: prose,
  effectivenessVerification: prose,
  introducesHazard: z.boolean(),
  newHazardId: field.id.nullable(),
};

/** ISO 14971 risk management: the plan and its scales, the hazard analysis, controls, residual risk and imports. */
export const riskMethods = {
  'risk.plan': method<RiskPlanView>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The risk management plan: scope, responsibilities, criteria, the scales and the acceptability matrix (defaults until saved).',
  }),
  'risk.updatePlan': method<RiskPlanView>()({
    input: z.strictObject({ ...planFields, scales: riskScalesSchema }).partial(),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes the plan fields given; new scales are refused when a level in use would disappear.',
  }),
  'risk.evaluateOverall': method<RiskPlanView>()({
    input: z.strictObject({ evaluation: statement, acceptable: z.boolean() }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records the evaluation of the overall residual risk (ISO 14971 clause 8) against the plan criterion.',
  }),
  'risk.records': method<RiskRecords>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every hazard, hazardous situation, harm and risk control, for pickers and the analysis screens.',
  }),
  'risk.addRecord': method<RiskRecord>()({
    input: z.strictObject({ kind, name: field.name, description: prose.default(''), category: z.enum(HAZARD_CATEGORIES).optional() }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a hazard (HAZ-n, with a category), a hazardous situation (HS-n) or a harm (HARM-n).',
  }),
  'risk.updateRecord': method<RiskRecord>()({
    input: z.strictObject({ kind, id: field.id, name: field.name.optional(), description: prose.optional(), category: z.enum(HAZARD_CATEGORIES).optional() }),
    kind: 'mutation',
    access: 'user',
    doc: 'Renames or re-describes a hazard, hazardous situation or harm; its chains’ trace links become suspect.',
  }),
  'risk.removeRecord': method<{ removed: string }>()({
    input: z.strictObject({ kind, id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes a hazard, hazardous situation or harm that no chain uses.',
  }),
  'risk.addChain': method<RiskRow>()({
    input: z.strictObject({ ...chainFields, sequenceOfEvents: prose.default(''), causes: chainFields.causes.default([]) }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a risk chain (RISK-n): hazard → sequence of events → hazardous situation → harm with its initial P and S and software causes.',
  }),
  'risk.updateChain': method<RiskRow>()({
    input: z.strictObject(chainFields).partial().extend({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes the parts of a chain given; its trace links become suspect.',
  }),
  'risk.setResidual': method<RiskRow>()({
    input: z.strictObject({ id: field.id, residual: estimate.nullable(), benefitRisk: prose.optional() }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records the residual P and S after control (null clears them) and the benefit-risk analysis for a risk that stays unacceptable.',
  }),
  'risk.removeChain': method<{ removed: string }>()({
    input: z.strictObject({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes a risk chain; its controls stay (they may guard other chains).',
  }),
  'risk.addControl': method<RiskControl>()({
    input: z.strictObject({
      ...controlFields,
      description: prose.default(''),
      implementationVerification: prose.default(''),
      effectivenessVerification: prose.default(''),
      introducesHazard: controlFields.introducesHazard.default(false),
      newHazardId: controlFields.newHazardId.default(null),
      implementedBy: implementedBy.optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a risk control (RC-n) of a type, acting on the chains given, with the requirement that implements it (an existing one, or a new one written here) in the same transaction.',
  }),
  'risk.updateControl': method<RiskControl>()({
    input: z.strictObject(controlFields).partial().extend({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes the parts of a control given; its trace links become suspect.',
  }),
  'risk.removeControl': method<{ removed: string }>()({
    input: z.strictObject({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes a risk control and its trace links, unless a residual estimate relies on it.',
  }),
  'risk.linkRequirement': method<RiskControl>()({
    input: z.strictObject({ controlId: field.id, requirementId: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records that an existing requirement implements a risk control (IEC 62304 5.2.3, 7.2).',
  }),
  'risk.unlinkRequirement': method<RiskControl>()({
    input: z.strictObject({ controlId: field.id, requirementId: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes the link between a risk control and a requirement.',
  }),
  'risk.createRequirement': method<RiskControl>()({
    input: z.strictObject({
      controlId: field.id,
      ...controlRequirement,
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Creates a requirement from a risk control in one step, marked as a risk control and linked to it.',
  }),
  'risk.list': method<RiskList>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every risk chain with its initial and residual P, S, cell and acceptability, its controls and their requirements.',
  }),
  'risk.matrix': method<RiskMatrix>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'How many chains sit in each cell of the acceptability matrix, before and after control.',
  }),
  'risk.previewImport': method<RiskImportPreview>()({
    input: z.strictObject({ ...field.importFile, mapping: importMapping.optional() }),
    kind: 'query',
    access: 'user',
    doc: 'Reads a risk table CSV: its columns, the first rows, a mapping (the one given, the one saved for this header line, or a proposed one) and every row the import would refuse under it.',
  }),
  'risk.import': method<RiskImportResult>()({
    input: z.strictObject({ ...field.importFile, mapping: importMapping }),
    kind: 'mutation',
    access: 'user',
    doc: 'Imports every row of a risk table CSV as chains in one transaction and saves the mapping for the next file with this header line; any bad row writes nothing and names its line.',
  }),
  'risk.exportXlsx': method<TableExport>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The risk table as an Excel workbook (header frozen, filters on), the same columns as risk.exportCsv, which risk.import reads back.',
  }),
  'risk.exportCsv': method<RiskExport>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The risk table as CSV (chains in ID order, levels as numbers) that risk.import reads back into the same chains.',
  }),
} as const;
