import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { RECORD_KINDS } from '../../qms/records';
import { SCOPE_STATUSES } from '../../qms/scope';
import type { ExportedPdf } from '../documents-types';
import { field, method } from '../method';
import type { QmsOverview, QmsProcedureDetail, QmsRecordView, QmsTrainingView } from '../qms-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const shortText = z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`);
const procedureKey = z.string().trim().min(1, 'Required.').max(40);
const day = z.iso.date('Give a date as YYYY-MM-DD.');

/** The ISO 13485 quality management system: company, scope, procedure set, coverage, records and training. */
export const qmsMethods = {
  'qms.get': method<QmsOverview>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The company profile, the scope decisions, the procedure set with document states, clause coverage and who must be trained.',
  }),
  'qms.saveCompany': method<QmsOverview>()({
    input: z.strictObject({
      legalName: shortText.optional(),
      address: prose.optional(),
      employees: z.number().int().min(1).max(1_000_000).optional(),
      sites: prose.optional(),
      products: prose.optional(),
      topManagement: shortText.optional(),
      managementRep: shortText.optional(),
      prrc: shortText.optional(),
      prrcExternal: z.boolean().optional(),
      outsourcedProcesses: prose.optional(),
      criticalSuppliers: prose.optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes fields of the company profile (authors and owners); the first save also lists Cairn among the QMS software tools.',
  }),
  'qms.applyScope': method<QmsOverview>()({
    input: z.strictObject({
      physicalProduct: z.boolean(),
      sterile: z.boolean(),
      installation: z.boolean(),
      servicing: z.boolean(),
      measuringEquipment: z.boolean(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: "Answers the scope wizard's questions; the clauses they decide are set to apply or not, with Cairn's justification.",
  }),
  'qms.setClause': method<QmsOverview>()({
    input: z.strictObject({ clause: z.string().trim().min(1).max(16), status: z.enum(SCOPE_STATUSES), justification: prose.default('') }),
    kind: 'mutation',
    access: 'user',
    doc: "Sets whether one clause applies; 'not_applicable' (clauses 6–8) and 'excluded' (7.3) need a justification.",
  }),
  'qms.procedure': method<QmsProcedureDetail>()({
    input: z.strictObject({ key: procedureKey }),
    kind: 'query',
    access: 'user',
    doc: "One procedure's sections with their clauses, text, Cairn's draft and who last edited them.",
  }),
  'qms.updateSection': method<QmsProcedureDetail>()({
    input: z.strictObject({ key: procedureKey, sectionId: z.string().trim().min(1).max(40), text: field.text(LIMITS.text) }),
    kind: 'mutation',
    access: 'user',
    doc: "Saves the team's text for a procedure section (authors and owners).",
  }),
  'qms.resetSection': method<QmsProcedureDetail>()({
    input: z.strictObject({ key: procedureKey, sectionId: z.string().trim().min(1).max(40) }),
    kind: 'mutation',
    access: 'user',
    doc: "Returns a procedure section to Cairn's draft, written from today's facts.",
  }),
  'qms.generateDocuments': method<QmsOverview>()({
    input: field.none,
    kind: 'mutation',
    access: 'user',
    doc: 'Creates a controlled document (draft v1) for every procedure the scope needs that has none yet.',
  }),
  'qms.records': method<QmsRecordView[]>()({
    input: z.strictObject({ kind: z.enum(RECORD_KINDS) }),
    kind: 'query',
    access: 'user',
    doc: 'The records of one kind: suppliers, QMS software tools, CAPAs, internal audits or management reviews.',
  }),
  'qms.saveRecord': method<QmsRecordView[]>()({
    input: z.strictObject({
      kind: z.enum(RECORD_KINDS),
      id: field.id.optional(),
      fields: z.record(z.string().max(40), z.string().max(LIMITS.text, `At most ${LIMITS.text} characters.`)),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a record (no id) or replaces the fields of one; records are kept, never deleted.',
  }),
  'qms.training': method<QmsTrainingView>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Training records and who still has to be trained on the approved version of each procedure.',
  }),
  'qms.recordTraining': method<QmsTrainingView>()({
    input: z.strictObject({
      traineeId: field.id,
      docKey: procedureKey,
      version: z.number().int().positive(),
      trainedOn: day,
      method: field.text(LIMITS.name),
      password: field.password,
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records that a person was trained on a procedure version, confirmed with the signed-in user’s password.',
  }),
  'qms.exportProcedures': method<ExportedPdf>()({
    input: z.strictObject({ sign: z.boolean().default(false), password: field.password.optional() }),
    kind: 'job',
    access: 'user',
    doc: 'Exports the approved quality manual and SOPs as one bundled PDF, optionally signed.',
  }),
} as const;
