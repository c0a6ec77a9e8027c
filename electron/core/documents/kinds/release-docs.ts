import type { DocumentType } from '../../../../shared/api/documents-types';
import type { OpenProject } from '../../projects/open-project';
import { recordOf, releaseDetail } from '../../releases/release-view';
import { CairnError } from '../../errors';
import type { DocumentTypeDef } from '../document-type-def';
import { buildKnownAnomalies } from './known-anomalies';
import { buildReleaseRecord } from './release-record';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

// Both documents belong to one release, named by its version when the document is created.

function releaseOf(project: OpenProject, version: unknown) {
  const row = typeof version === 'string' ? project.releases.byVersion(version) : undefined;
  if (!row) throw new CairnError('not_found', `There is no release record for version ${String(version)}: start it on the Releases screen first.`, 'version');
  return row;
}

/** A release's audit rows, its artefacts, signatures and the problem reports that are its anomalies. */
const DEPENDS_ON = ['software_release', 'release_artefact', 'problem_report'];

function keyed(type: DocumentType, prefix: string, title: string): Pick<DocumentTypeDef, 'keyAndTitle'> {
  return {
    keyAndTitle: (input, project) => {
      const version = 'version' in input ? input.version : '';
      releaseOf(project, version);
      const docKey = `${prefix}-${version}`;
      if (project.documents.byKey(docKey)) throw new CairnError('conflict', `Version ${version} already has a ${type} document (${docKey}).`, 'version');
      return { docKey, title: `${title}, version ${version}`, params: { version } };
    },
  };
}

export const KNOWN_ANOMALIES_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['known-anomalies'],
  singleton: false,
  dependsOn: DEPENDS_ON,
  ...keyed('known-anomalies', 'KNOWN-ANOMALIES', 'Known anomalies'),
  gather: (project, doc) => {
    const row = releaseOf(project, doc.params.version);
    return buildKnownAnomalies({
      docKey: doc.docKey,
      productName: project.project.get().productName,
      version: row.version,
      released: row.status === 'released',
      anomalies: recordOf(project, row).anomalies,
    });
  },
};

export const RELEASE_RECORD_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['release-record'],
  singleton: false,
  dependsOn: DEPENDS_ON,
  ...keyed('release-record', 'RELEASE', 'Release record'),
  gather: (project, doc) =>
    buildReleaseRecord({ docKey: doc.docKey, productName: project.project.get().productName, release: releaseDetail(project, releaseOf(project, doc.params.version)) }),
};
