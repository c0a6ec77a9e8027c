import { z } from 'zod';
import { PROBLEM_DECISIONS, PROBLEM_STATUSES } from '../../changes/problem-status';
import { CRITICALITIES, PROBLEM_TYPES } from '../../changes/problem-trend';
import { LIMITS } from '../../domain/limits';
import { field, method } from '../method';
import { PROBLEM_SOURCES, type ProblemList, type ProblemTrend, type ProblemView } from '../problems-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const short = z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`);

/** Problem resolution (IEC 62304 clause 9): reports, their risk evaluation, decision, fix and closing. */
export const problemMethods = {
  'problems.trend': method<ProblemTrend>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Problems reported per month, by type and by criticality (9.6 trend analysis).',
  }),
  'problems.create': method<ProblemView>()({
    input: z.strictObject({
      title: field.name.optional(),
      source: z.enum(PROBLEM_SOURCES).optional(),
      type: z.enum(PROBLEM_TYPES).default('corrective'),
      criticality: z.enum(CRITICALITIES),
      fromTestResultId: field.id.optional(),
      description: prose.default(''),
      foundInVersion: short.optional(),
      environment: prose.default(''),
      stepsToReproduce: prose.default(''),
      expected: prose.default(''),
      actual: prose.optional(),
      scope: prose.default(''),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Raises a problem report (PR-n); from a failed test result it takes the title, version and actual result from that result.',
  }),
  'problems.list': method<ProblemList>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every problem report, newest first, with what closing each still needs.',
  }),
  'problems.get': method<ProblemView>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: 'One problem report with its risk evaluation, the test result it came from and the changes it led to.',
  }),
  'problems.update': method<ProblemView>()({
    input: z.strictObject({
      id: field.id,
      title: field.name.optional(),
      description: prose.optional(),
      source: z.enum(PROBLEM_SOURCES).optional(),
      foundInVersion: short.optional(),
      environment: prose.optional(),
      stepsToReproduce: prose.optional(),
      expected: prose.optional(),
      actual: prose.optional(),
      type: z.enum(PROBLEM_TYPES).optional(),
      scope: prose.optional(),
      criticality: z.enum(CRITICALITIES).optional(),
      investigation: prose.optional(),
      rootCause: prose.optional(),
      partiesAdvised: prose.optional(),
      decision: z.enum(PROBLEM_DECISIONS).optional(),
      decisionRationale: prose.optional(),
      fixVerification: prose.optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: "Changes a problem report's facts, investigation, parties advised, decision or fix verification; a closed report is reopened first.",
  }),
  'problems.evaluateRisk': method<ProblemView>()({
    input: z.strictObject({
      id: field.id,
      chainIds: z.array(field.id).max(500),
      affectsSafety: z.boolean(),
      safetyEvaluation: prose.pipe(z.string().min(1, 'Say how the problem was evaluated against the risk file.')),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records the evaluation against the risk file (9.2): the risk chains looked at, whether the problem affects safety, and why.',
  }),
  'problems.evaluateAnomaly': method<ProblemView>()({
    input: z.strictObject({
      id: field.id,
      anomalyEvaluation: prose.pipe(z.string().min(1, 'Say why the anomaly does not contribute to an unacceptable risk.')),
      userMitigation: prose.default(''),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Evaluates an unresolved problem as a known anomaly for a release (5.8.2, 5.8.3), with what users can do about it.',
  }),
  'problems.setStatus': method<ProblemView>()({
    input: z.strictObject({ id: field.id, status: z.enum(PROBLEM_STATUSES) }),
    kind: 'mutation',
    access: 'user',
    doc: 'Moves a problem report on (investigating, resolved, closed) or reopens it; closing needs a decision and a verified fix or a no-action rationale.',
  }),
} as const;
