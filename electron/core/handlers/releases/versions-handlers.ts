import type { Handlers } from '../../context';
import { CairnError } from '../../errors';
import { checkRelease } from '../../releases/release-check';
import { artefactsOf, RELEASE_ENTITY, releaseDetail } from '../../releases/release-view';
import type { ReleaseRow } from '../../releases/releases-repo';
import { requireAuthor } from '../require-author';
import { draftOrThrow, releaseOrThrow } from '../../releases/release-lookup';

type ReleaseHandlers = Pick<
  Handlers,
  'releases.list' | 'releases.get' | 'releases.check' | 'releases.create' | 'releases.update' | 'releases.addArtefact' | 'releases.removeArtefact'
>;

const FIELDS = ['title', 'buildProcedure', 'buildEnvironment', 'delivery', 'archiveLocation', 'releaseNotes'] as const;

export const releaseHandlers: ReleaseHandlers = {
  'releases.list': (_input, ctx) =>
    ctx.project.releases
      .list()
      .map((r) => ({ id: r.id, version: r.version, title: r.title, status: r.status, createdAt: r.createdAt, releasedAt: r.releasedAt, artefacts: r.artefacts })),

  'releases.get': (input, ctx) => {
    const row = ctx.project.releases.byVersion(input.version);
    if (!row) throw new CairnError('not_found', `There is no release record for version ${input.version}.`, 'version');
    return releaseDetail(ctx.project, row);
  },

  'releases.check': (input, ctx) => checkRelease(ctx.project, input.version),

  'releases.create': (input, ctx) => {
    requireAuthor(ctx, 'start a release');
    if (ctx.project.releases.byVersion(input.version)) throw new CairnError('conflict', `Version ${input.version} already has a release record.`, 'version');
    const id = ctx.project.releases.insert(input.version, input.title, ctx.user.id, ctx.now());
    ctx.audit({
      action: 'create',
      entity: RELEASE_ENTITY,
      entityId: input.version,
      summary: `Release ${input.version} started`,
      after: { version: input.version, title: input.title },
    });
    return releaseDetail(ctx.project, releaseOrThrow(ctx, id));
  },

  'releases.update': (input, ctx) => {
    requireAuthor(ctx, 'edit a release');
    const row = draftOrThrow(ctx, input.id);
    const fields = Object.fromEntries(FIELDS.map((f) => [f, input[f] ?? row[f]])) as Pick<ReleaseRow, (typeof FIELDS)[number]>;
    const confirmations = { ...row.confirmations };
    for (const [key, c] of Object.entries(input.confirmations ?? {}) as [keyof typeof confirmations, { confirmed: boolean; note: string }][]) {
      if (!c.confirmed) delete confirmations[key];
      else if (c.note === '')
        throw new CairnError('invalid_input', 'Say how it was confirmed (for example which copies were checked against the SHA-256).', `confirmations.${key}.note`);
      else confirmations[key] = { note: c.note, confirmedBy: ctx.user.name, confirmedAt: ctx.now() };
    }
    const changed = FIELDS.filter((f) => fields[f] !== row[f]);
    const confirmationsChanged = JSON.stringify(confirmations) !== JSON.stringify(row.confirmations);
    if (changed.length === 0 && !confirmationsChanged) throw new CairnError('invalid_input', 'Nothing to change.');
    ctx.project.releases.update(row.id, { ...fields, confirmations }, ctx.now());
    ctx.audit({
      action: 'update',
      entity: RELEASE_ENTITY,
      entityId: row.version,
      summary: `Release ${row.version} changed: ${[...changed, ...(confirmationsChanged ? ['confirmations'] : [])].join(', ')}`,
      before: { ...Object.fromEntries(changed.map((f) => [f, row[f]])), ...(confirmationsChanged ? { confirmations: row.confirmations } : {}) },
      after: { ...Object.fromEntries(changed.map((f) => [f, fields[f]])), ...(confirmationsChanged ? { confirmations } : {}) },
    });
    return releaseDetail(ctx.project, releaseOrThrow(ctx, row.id));
  },

  'releases.addArtefact': (input, ctx) => {
    requireAuthor(ctx, 'archive release artefacts');
    const row = draftOrThrow(ctx, input.id);
    if (artefactsOf(ctx.project, row.id).some((a) => a.name === input.name))
      throw new CairnError('conflict', `Release ${row.version} already has an artefact named ${input.name}.`, 'name');
    const artefact = { name: input.name, sha256: input.sha256, sizeBytes: input.sizeBytes };
    ctx.project.releases.insertArtefact({ releaseId: row.id, ...artefact, addedAt: ctx.now(), addedBy: ctx.user.id });
    ctx.audit({
      action: 'create',
      entity: 'release_artefact',
      entityId: row.version,
      summary: `${input.name} archived for release ${row.version} (SHA-256 ${input.sha256})`,
      after: artefact,
    });
    return releaseDetail(ctx.project, row);
  },

  'releases.removeArtefact': (input, ctx) => {
    requireAuthor(ctx, 'remove release artefacts');
    const row = draftOrThrow(ctx, input.id);
    const artefact = artefactsOf(ctx.project, row.id).find((a) => a.id === input.artefactId);
    if (!artefact) throw new CairnError('not_found', `Release ${row.version} has no artefact with id ${input.artefactId}.`, 'artefactId');
    ctx.project.releases.removeArtefact(artefact.id);
    ctx.audit({
      action: 'delete',
      entity: 'release_artefact',
      entityId: row.version,
      summary: `${artefact.name} removed from release ${row.version}`,
      before: { name: artefact.name, sha256: artefact.sha256, sizeBytes: artefact.sizeBytes },
    });
    return releaseDetail(ctx.project, row);
  },
};
