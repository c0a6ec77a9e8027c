import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { versionField } from '../../release/version-field';
import { field, method } from '../method';
import type { JunitImportResult, JunitPreview, TestAttachment, TestCase, TestRunDetail, TestRunSummary, TestsSummary, VersionStatus } from '../tests-types';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, STEP_OUTCOMES, TEST_LEVELS } from '../tests-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const short = z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`);
/** Free text such as "1.2.0", the same string in runs, problem reports and releases. */
const version = versionField;
const step = z.strictObject({ action: field.text(LIMITS.text), expected: field.text(LIMITS.text) });
const ids = z.array(field.id).max(500);

/** The 5.7.5 facts a run records once for all its results. */
const runFacts = {
  softwareVersion: version,
  title: short.default(''),
  environment: prose.default(''),
  tools: prose.default(''),
};

const caseFields = {
  title: field.name,
  level: z.enum(TEST_LEVELS),
  objective: prose,
  preconditions: prose,
  passCriteria: prose,
  automated: z.boolean(),
  steps: z.array(step).max(200),
};

const attachmentBase64 = z
  .string()
  .min(1, 'Required.')
  .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4, `An attachment can be at most ${ATTACHMENT_MAX_BYTES / (1024 * 1024)} MB.`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.');

const junitInput = z.strictObject({ ...field.importFile, ...runFacts });

/** Test cases, test runs with manual execution and JUnit import, and what they say of each requirement (IEC 62304 5.5.5, 5.6, 5.7). */
export const testMethods = {
  'tests.cases': method<TestCase[]>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every test case (retired ones included) with its steps and what it verifies.',
  }),
  'tests.getCase': method<TestCase>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: 'One test case with its steps and the requirements and risk controls it verifies.',
  }),
  'tests.createCase': method<TestCase>()({
    input: z.strictObject({
      title: caseFields.title,
      level: caseFields.level.default('system'),
      objective: caseFields.objective.default(''),
      preconditions: caseFields.preconditions.default(''),
      passCriteria: caseFields.passCriteria.default(''),
      automated: caseFields.automated.default(false),
      steps: caseFields.steps.default([]),
      requirementIds: ids.default([]),
      riskControlIds: ids.default([]),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a test case with the next TC-n ID, its ordered steps and the requirements and risk controls it verifies.',
  }),
  'tests.updateCase': method<TestCase>()({
    input: z.strictObject({
      id: field.id,
      title: caseFields.title.optional(),
      level: caseFields.level.optional(),
      objective: caseFields.objective.optional(),
      preconditions: caseFields.preconditions.optional(),
      passCriteria: caseFields.passCriteria.optional(),
      automated: caseFields.automated.optional(),
      steps: caseFields.steps.optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes the fields given of a test case; its trace links become suspect.',
  }),
  'tests.setVerifies': method<TestCase>()({
    input: z.strictObject({ id: field.id, requirementIds: ids, riskControlIds: ids }),
    kind: 'mutation',
    access: 'user',
    doc: 'Sets which requirements and risk controls a case verifies: links are added and removed to match.',
  }),
  'tests.retireCase': method<TestCase>()({
    input: z.strictObject({ id: field.id, retired: z.boolean() }),
    kind: 'mutation',
    access: 'user',
    doc: 'Retires a case (it no longer counts for what it verifies, its results stay on record) or brings it back.',
  }),
  'tests.runs': method<TestRunSummary[]>()({
    input: z.strictObject({ softwareVersion: version.optional() }),
    kind: 'query',
    access: 'user',
    doc: 'Test runs, newest first, with counts per outcome; optionally those of one software version.',
  }),
  'tests.getRun': method<TestRunDetail>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: "A run with its 5.7.5 facts, each result with its steps and attachments, and the run's signatures.",
  }),
  'tests.startRun': method<TestRunDetail>()({
    input: z.strictObject({ ...runFacts, caseIds: z.array(field.id).min(1, 'Choose at least one test case.').max(2000) }),
    kind: 'mutation',
    access: 'user',
    doc: 'Starts a manual run (RUN-n) of the chosen cases against a software version; each case waits to be executed step by step.',
  }),
  'tests.recordStep': method<TestRunDetail>()({
    input: z.strictObject({ resultId: field.id, position: z.number().int().min(1), outcome: z.enum(STEP_OUTCOMES), actual: prose.default('') }),
    kind: 'mutation',
    access: 'user',
    doc: "Records what happened at one step of a manual case (passed, failed or blocked, and the actual result); the case's outcome follows from its steps.",
  }),
  'tests.attach': method<TestRunDetail>()({
    input: z.strictObject({ resultId: field.id, name: field.name, mediaType: z.enum(ATTACHMENT_TYPES), base64: attachmentBase64 }),
    kind: 'mutation',
    access: 'user',
    doc: `Attaches evidence such as a screenshot to a result (at most ${ATTACHMENT_MAX_BYTES / (1024 * 1024)} MB), kept in the project file with its SHA-256.`,
  }),
  'tests.attachment': method<TestAttachment>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: 'One attachment with its bytes, base64-encoded.',
  }),
  'tests.completeRun': method<TestRunDetail>()({
    input: z.strictObject({ id: field.id, password: field.password }),
    kind: 'mutation',
    access: 'user',
    doc: 'Completes a manual run once every case is executed, signed by the tester with the meaning "executed".',
  }),
  'tests.status': method<VersionStatus>()({
    input: z.strictObject({ softwareVersion: version }),
    kind: 'query',
    access: 'user',
    doc: 'Each requirement and risk control with its verification state for a version: passed, failed, blocked, not run or no test.',
  }),
  'tests.summary': method<TestsSummary>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every case with its latest outcome per tested version, and each version’s per-requirement status.',
  }),
  'tests.previewJunit': method<JunitPreview>()({
    input: junitInput,
    kind: 'query',
    access: 'user',
    doc: 'Reads a JUnit XML file and says how its tests map to cases (by [TC-n], by requirement property, by saved name) and which map to none.',
  }),
  'tests.importJunit': method<JunitImportResult>()({
    input: junitInput,
    kind: 'mutation',
    access: 'user',
    doc: 'Imports a JUnit XML file as one completed run of a version, in one transaction; unmapped tests are kept for linking.',
  }),
  'tests.mapJunitName': method<TestRunDetail>()({
    input: z.strictObject({ runId: field.id, junitName: field.text(2000), testCaseId: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: "Links a JUnit test name to a case: saved for later imports and applied to the run's results of that name.",
  }),
} as const;
