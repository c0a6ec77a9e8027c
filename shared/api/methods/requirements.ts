import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { REQUIREMENT_SOURCES, REQUIREMENT_STATUSES, REQUIREMENT_TYPES, VERIFICATION_METHODS } from '../../requirements/fields';
import { IMPORT_FIELDS } from '../../requirements/mapping';
import { field, method } from '../method';
import type { ImportPreview, ImportResult, Requirement, RequirementPage, RequirementsExport, RequirementsOverview } from '../requirements-types';
import { EXPORT_FORMATS } from '../requirements-types';

export const REQUIREMENT_SORT_COLUMNS = ['humanId', 'title', 'type', 'source', 'status', 'verificationMethod', 'revision', 'updatedAt'] as const;

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const statement = z.string().trim().min(1, 'Required.').max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const source = z.enum(['', ...REQUIREMENT_SOURCES]);
const verificationMethod = z.enum(['', ...VERIFICATION_METHODS]);

/** The fields a person edits; each optional so an update changes only what it names. */
const editable = {
  title: z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`),
  text: statement,
  type: z.enum(REQUIREMENT_TYPES),
  source,
  sourceRef: z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`),
  rationale: prose,
  acceptanceCriteria: prose,
  verificationMethod,
  status: z.enum(REQUIREMENT_STATUSES),
};

const column = z.string().max(LIMITS.name).optional();
/** Which source column feeds each field; a strict object so a misspelt field is named, not ignored. */
const mapping = z.strictObject(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, column])) as Record<(typeof IMPORT_FIELDS)[number], typeof column>);

/** Software requirements (IEC 62304 5.2): the table, its edits, imports and exports. */
export const requirementMethods = {
  'requirements.list': method<RequirementPage>()({
    input: z.strictObject({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(LIMITS.pageSize).default(200),
      sort: z.strictObject({ column: z.enum(REQUIREMENT_SORT_COLUMNS), dir: z.enum(['asc', 'desc']) }).default({ column: 'humanId', dir: 'asc' }),
      filter: z
        .strictObject({
          text: z.string().max(LIMITS.name).optional(),
          type: z.enum(REQUIREMENT_TYPES).optional(),
          source: source.optional(),
          status: z.enum(REQUIREMENT_STATUSES).optional(),
          verificationMethod: verificationMethod.optional(),
          itemId: field.id.optional(),
        })
        .default({}),
    }),
    kind: 'query',
    access: 'user',
    doc: 'One page of the software requirements, filtered and sorted, each with its software items and class.',
  }),
  'requirements.get': method<Requirement>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: 'One requirement with its software items.',
  }),
  'requirements.overview': method<RequirementsOverview>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'How many requirements there are, how many are risk controls, unallocated or incomplete, and the latest review.',
  }),
  'requirements.create': method<Requirement>()({
    input: z.strictObject({
      title: editable.title.default(''),
      text: editable.text,
      type: editable.type.default('functional'),
      source: editable.source.default(''),
      sourceRef: editable.sourceRef.default(''),
      rationale: editable.rationale.default(''),
      acceptanceCriteria: editable.acceptanceCriteria.default(''),
      verificationMethod: editable.verificationMethod.default(''),
      status: editable.status.default('draft'),
      itemIds: z.array(field.id).max(100).default([]),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a requirement with the next REQ-n ID, allocated to the software items given.',
  }),
  'requirements.update': method<Requirement>()({
    input: z.strictObject(editable).partial().extend({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes the fields given of one requirement; its revision goes up and its trace links become suspect.',
  }),
  'requirements.bulkUpdate': method<{ updated: number }>()({
    input: z.strictObject({
      ids: z.array(field.id).min(1, 'Choose at least one requirement.').max(20_000),
      set: z
        .strictObject({
          type: editable.type.optional(),
          source: editable.source.optional(),
          status: editable.status.optional(),
          verificationMethod: editable.verificationMethod.optional(),
        })
        .refine((s) => Object.values(s).some((v) => v !== undefined), 'Choose a field to set.'),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Sets the same type, source, status or verification method on several requirements at once.',
  }),
  'requirements.remove': method<{ removed: string }>()({
    input: z.strictObject({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes a requirement and its trace links; its ID is never given to another.',
  }),
  'requirements.linkItem': method<Requirement>()({
    input: z.strictObject({ id: field.id, itemId: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Allocates a requirement to a software system, item or unit (a trace link).',
  }),
  'requirements.unlinkItem': method<Requirement>()({
    input: z.strictObject({ id: field.id, itemId: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes a requirement from a software system, item or unit.',
  }),
  'requirements.previewImport': method<ImportPreview>()({
    input: z.strictObject(field.importFile),
    kind: 'query',
    access: 'user',
    doc: 'Reads a CSV, ReqIF or ReqIF-zip file: its columns, the first rows and a proposed (or the last saved) mapping.',
  }),
  'requirements.import': method<ImportResult>()({
    input: z.strictObject({ ...field.importFile, mapping }),
    kind: 'mutation',
    access: 'user',
    doc: 'Imports every row with the mapping given, in one transaction: new IDs are added, known ones updated; the mapping is remembered.',
  }),
  'requirements.export': method<RequirementsExport>()({
    input: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
    kind: 'query',
    access: 'user',
    doc: 'Every requirement as CSV, ReqIF 1.2 or zipped ReqIF, in a form the import reads back unchanged.',
  }),
} as const;
