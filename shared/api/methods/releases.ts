import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { versionField } from '../../release/version-field';
import { field, method } from '../method';
import { CONFIRMATION_KEYS, type BaselineDiff, type ConfigurationItems, type ReleaseChecklist, type ReleaseDetail, type ReleaseSummary } from '../releases-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);

const confirmation = z.strictObject({ confirmed: z.boolean(), note: prose.default('') });

/** Releases (IEC 62304 5.8): the checklist, archived artefacts, approval, and the baselines they freeze (clause 8). */
export const releaseMethods = {
  'releases.list': method<ReleaseSummary[]>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every release record, newest first.',
  }),
  'releases.get': method<ReleaseDetail>()({
    input: z.strictObject({ version: versionField }),
    kind: 'query',
    access: 'user',
    doc: 'One release with its 5.8 checklist, known anomalies, artefacts, signatures and frozen baseline.',
  }),
  'releases.check': method<ReleaseChecklist>()({
    input: z.strictObject({ version: versionField }),
    kind: 'query',
    access: 'user',
    doc: 'The 5.8 checklist for a version, with or without a release record: what blocks its release.',
  }),
  'releases.create': method<ReleaseDetail>()({
    input: z.strictObject({ version: versionField, title: z.string().trim().max(LIMITS.name).default('') }),
    kind: 'mutation',
    access: 'user',
    doc: 'Starts the release record of a version (each version once).',
  }),
  'releases.update': method<ReleaseDetail>()({
    input: z.strictObject({
      id: field.id,
      title: z.string().trim().max(LIMITS.name).optional(),
      buildProcedure: prose.optional(),
      buildEnvironment: prose.optional(),
      delivery: prose.optional(),
      archiveLocation: prose.optional(),
      releaseNotes: prose.optional(),
      confirmations: z.partialRecord(z.enum(CONFIRMATION_KEYS), confirmation).optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: "Changes a draft release's build, archive and delivery descriptions, notes, or confirms a checklist item.",
  }),
  'releases.addArtefact': method<ReleaseDetail>()({
    input: z.strictObject({
      id: field.id,
      name: field.name,
      sha256: z
        .string()
        .trim()
        .regex(/^[0-9a-fA-F]{64}$/, 'A SHA-256 is 64 hexadecimal digits.')
        .transform((s) => s.toLowerCase()),
      sizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Archives a released file by name, SHA-256 and size (5.8.7).',
  }),
  'releases.removeArtefact': method<ReleaseDetail>()({
    input: z.strictObject({ id: field.id, artefactId: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes an artefact from a draft release.',
  }),
  'releases.sign': method<ReleaseDetail>()({
    input: z.strictObject({ id: field.id, password: field.password }),
    kind: 'mutation',
    access: 'user',
    doc: 'Approves a release with an e-signature (owners and approvers; refused while blockers remain).',
  }),
  'releases.release': method<ReleaseDetail>()({
    input: z.strictObject({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Releases an approved version and freezes its baseline; a released release no longer changes.',
  }),
  'releases.baselineDiff': method<BaselineDiff>()({
    input: z.strictObject({ from: versionField, to: versionField }),
    kind: 'query',
    access: 'user',
    doc: 'What was added, removed and changed between the baselines of two released versions.',
  }),
  'releases.configurationItems': method<ConfigurationItems>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The current configuration items with the released baselines each appears in (status accounting).',
  }),
} as const;
