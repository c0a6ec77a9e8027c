import { z } from 'zod';
import { CHANGE_STATUSES } from '../../changes/change-status';
import { LIMITS } from '../../domain/limits';
import { CHANGE_KINDS, CHANGE_SOURCES, SIGNIFICANCE_REGIONS, type ChangeApproval, type ChangeList, type ChangeView } from '../changes-types';
import { field, method } from '../method';
import { TRACE_ENTITIES } from '../trace-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const short = z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`);
const targets = z.array(z.strictObject({ type: z.enum(TRACE_ENTITIES), id: field.id })).max(500);

/** Change management (6.2.3–6.3, 7.4, 8.2): requests, impact, significance, approval, implementation. */
export const changeMethods = {
  'changes.create': method<ChangeView>()({
    input: z.strictObject({
      title: field.name,
      description: prose.default(''),
      rationale: prose.default(''),
      source: z.enum(CHANGE_SOURCES).optional(),
      problemId: field.id.optional(),
      kind: z.enum(CHANGE_KINDS).optional(),
      targetVersion: short.default(''),
      targets: targets.default([]),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Opens a change request (CR-n), optionally from a problem report, naming the records it starts from.',
  }),
  'changes.list': method<ChangeList>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every change request, newest first, with its impact and what approval still needs.',
  }),
  'changes.get': method<ChangeView>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: 'One change request with its targets, impact analysis, significance assessments and signatures.',
  }),
  'changes.update': method<ChangeView>()({
    input: z.strictObject({
      id: field.id,
      title: field.name.optional(),
      description: prose.optional(),
      rationale: prose.optional(),
      kind: z.enum(CHANGE_KINDS).optional(),
      targetVersion: short.optional(),
      impactNotes: prose.optional(),
      safetyAnalysis: prose.optional(),
      newRiskControls: z.boolean().nullable().optional(),
      implementation: prose.optional(),
      verification: prose.optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes a change request; its description and assessment are fixed once approved, its implementation and verification are not.',
  }),
  'changes.setTargets': method<ChangeView>()({
    input: z.strictObject({ id: field.id, targets }),
    kind: 'mutation',
    access: 'user',
    doc: 'Sets the records a draft change starts from; the impact is worked out from them along the trace links.',
  }),
  'changes.assessSignificance': method<ChangeView>()({
    input: z.strictObject({
      id: field.id,
      region: z.enum(SIGNIFICANCE_REGIONS),
      answers: z.record(z.string().max(10), z.boolean()),
      rationale: prose.pipe(z.string().min(1, 'Give the rationale for the outcome.')),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Stores a significance assessment (MDCG 2020-3 for the EU, the FDA software-change questions for the US): answers, the outcome they lead to, and the rationale.',
  }),
  'changes.setStatus': method<ChangeView>()({
    input: z.strictObject({ id: field.id, status: z.enum(CHANGE_STATUSES).exclude(['approved']) }),
    kind: 'mutation',
    access: 'user',
    doc: 'Moves a change request on: rejected (or back to draft), implemented, verified, closed.',
  }),
  'changes.approve': method<ChangeApproval>()({
    input: z.strictObject({ id: field.id, password: field.password }),
    kind: 'mutation',
    access: 'user',
    doc: 'Approves a draft change with an e-signature: freezes its impact analysis and marks the affected trace links suspect.',
  }),
} as const;
