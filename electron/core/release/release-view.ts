import type { ReleaseArtefact, ReleaseDetail } from '../../../shared/api/release-types';
import type { HandlerContext } from '../context';
import { signaturesOf } from '../signatures/sign-record';
import { checkRelease } from './release-check';
import { ReleaseEvidenceRepo } from './release-evidence';
import type { ReleasedRecord, ReleaseRow } from './releases-repo';

/** The entity name a release's signatures and audit rows use. */
export const RELEASE_ENTITY = 'software_release';

const nameOf = (ctx: HandlerContext, id: number) => ctx.project.users.byId(id)?.name ?? `user ${id}`;

export function artefactsOf(ctx: HandlerContext, releaseId: number): ReleaseArtefact[] {
  return ctx.project.releases.artefacts(releaseId).map((a) => ({ id: a.id, name: a.name, sha256: a.sha256, sizeBytes: a.sizeBytes, addedAt: a.addedAt, addedBy: nameOf(ctx, a.addedBy) }));
}

/**
 * Exactly what an approval signs: the version, its descriptions, confirmations and the archived files.
 * Any later edit of these makes the signature stale, so a release is approved as it will be frozen.
 */
export function signedContent(ctx: HandlerContext, row: ReleaseRow): unknown {
  return {
    version: row.version,
    title: row.title,
    buildProcedure: row.buildProcedure,
    buildEnvironment: row.buildEnvironment,
    delivery: row.delivery,
    archiveLocation: row.archiveLocation,
    releaseNotes: row.releaseNotes,
    confirmations: row.confirmations,
    artefacts: ctx.project.releases.artefacts(row.id).map((a) => ({ name: a.name, sha256: a.sha256, sizeBytes: a.sizeBytes })),
  };
}

/** The checklist and known anomalies: live for a draft, as they stood at release for a released version. */
export function liveRecord(ctx: HandlerContext, version: string): ReleasedRecord {
  return { checklist: checkRelease(ctx.project, version), anomalies: new ReleaseEvidenceRepo(ctx.project.db).knownAnomalies() };
}

export function releaseDetail(ctx: HandlerContext, row: ReleaseRow): ReleaseDetail {
  const artefactList = artefactsOf(ctx, row.id);
  const { checklist, anomalies } = ctx.project.releases.releasedRecord(row.id) ?? liveRecord(ctx, row.version);
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    status: row.status,
    createdAt: row.createdAt,
    releasedAt: row.releasedAt,
    createdBy: nameOf(ctx, row.createdBy),
    buildProcedure: row.buildProcedure,
    buildEnvironment: row.buildEnvironment,
    delivery: row.delivery,
    archiveLocation: row.archiveLocation,
    releaseNotes: row.releaseNotes,
    confirmations: row.confirmations,
    artefacts: artefactList.length,
    artefactList,
    signatures: signaturesOf(ctx, RELEASE_ENTITY, row.id, signedContent(ctx, row)),
    checklist,
    anomalies,
    baseline: ctx.project.releases.baseline(row.id),
  };
}
