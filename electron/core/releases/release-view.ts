import type { ReleaseArtefact, ReleaseDetail, ReleaseFields } from '../../../shared/api/releases-types';
import type { RecordSignature } from '../../../shared/api/signature-types';
import type { OpenProject } from '../projects/open-project';
import { contentHashOf } from '../signatures/sign-record';
import { checkRelease } from './release-check';
import { ReleaseEvidenceRepo } from './release-evidence';
import type { ReleasedRecord, ReleaseRow } from './releases-repo';

/** The entity name a release's signatures and audit rows use. */
export const RELEASE_ENTITY = 'software_release';

const nameOf = (project: OpenProject, id: number) => project.users.byId(id)?.name ?? `user ${id}`;

export function artefactsOf(project: OpenProject, releaseId: number): ReleaseArtefact[] {
  return project.releases
    .artefacts(releaseId)
    .map((a) => ({ id: a.id, name: a.name, sha256: a.sha256, sizeBytes: a.sizeBytes, addedAt: a.addedAt, addedBy: nameOf(project, a.addedBy) }));
}

/** The parts of the record people write. */
const writtenFields = (row: ReleaseRow): ReleaseFields => ({
  title: row.title,
  buildProcedure: row.buildProcedure,
  buildEnvironment: row.buildEnvironment,
  delivery: row.delivery,
  archiveLocation: row.archiveLocation,
  releaseNotes: row.releaseNotes,
});

/**
 * Exactly what an approval signs: the version, its descriptions, confirmations and the archived files.
 * Any later edit of these makes the signature stale, so a release is approved as it will be frozen.
 */
export function signedContent(project: OpenProject, row: ReleaseRow): unknown {
  return {
    version: row.version,
    ...writtenFields(row),
    confirmations: row.confirmations,
    artefacts: project.releases.artefacts(row.id).map((a) => ({ name: a.name, sha256: a.sha256, sizeBytes: a.sizeBytes })),
  };
}

/** The release's signatures, each saying whether it still covers the record as it stands. */
export function releaseSignatures(project: OpenProject, row: ReleaseRow): RecordSignature[] {
  const hash = contentHashOf(signedContent(project, row));
  return project.recordSignatures.of(RELEASE_ENTITY, row.id).map((s) => ({ ...s, current: s.contentHash === hash }));
}

/** The checklist and known anomalies as the records say now. */
export function liveRecord(project: OpenProject, version: string): ReleasedRecord {
  return { checklist: checkRelease(project, version), anomalies: new ReleaseEvidenceRepo(project.db).knownAnomalies() };
}

/** Live for a draft; as they stood at release for a released version. */
export const recordOf = (project: OpenProject, row: ReleaseRow): ReleasedRecord => project.releases.releasedRecord(row.id) ?? liveRecord(project, row.version);

export function releaseDetail(project: OpenProject, row: ReleaseRow): ReleaseDetail {
  const artefactList = artefactsOf(project, row.id);
  const { checklist, anomalies } = recordOf(project, row);
  return {
    id: row.id,
    version: row.version,
    ...writtenFields(row),
    status: row.status,
    createdAt: row.createdAt,
    releasedAt: row.releasedAt,
    createdBy: nameOf(project, row.createdBy),
    confirmations: row.confirmations,
    artefacts: artefactList.length,
    artefactList,
    signatures: releaseSignatures(project, row),
    checklist,
    anomalies,
    baseline: project.releases.baseline(row.id),
  };
}
