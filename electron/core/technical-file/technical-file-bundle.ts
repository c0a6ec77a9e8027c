import type { TechnicalFileIndexView } from '../../../shared/api/technical-file-types';
import { PART_TITLES } from '../../../shared/technical-file/elements';
import { bundleOrder, statusText } from '../../../shared/technical-file/status';
import type { DocumentRow, VersionRow } from '../documents/documents-repo';
import { approvedVersion } from '../documents/version-state';
import type { BundleIndex } from '../pdf/bundle-index';
import type { OpenProject } from '../projects/open-project';
import { technicalFileOrder } from '../qms/technical-file-order';
import { technicalFileIndexView } from './technical-file-index';

/** What goes into a technical file: the index, and the approved documents in the order it gives. */
export interface TechnicalFileContents {
  view: TechnicalFileIndexView;
  index: BundleIndex;
  documents: { doc: DocumentRow; approved: VersionRow }[];
}

/** The index as the PDF prints it: one table per list, each element with its status in words. */
function printedIndex(view: TechnicalFileIndexView): BundleIndex {
  const parts = [...new Set(view.elements.map((e) => e.part))];
  return {
    basis: view.basis,
    parts: parts.map((part) => ({
      title: PART_TITLES[part],
      rows: view.elements.filter((e) => e.part === part).map((e) => ({ section: e.section, title: e.title, state: e.status.state, status: statusText(e.status) })),
    })),
  };
}

/**
 * The technical file as the records stand: every approved document in force, first those that hold the
 * required elements in the lists' order, then the rest (QMS part last) as they were ordered before.
 */
export function technicalFileContents(project: OpenProject): TechnicalFileContents {
  const view = technicalFileIndexView(project);
  const inForce = technicalFileOrder(project.documents.list().filter((d) => d.retiredAt === null));
  const approved = inForce.flatMap((doc) => {
    const version = approvedVersion(project.documents.versions(doc.id));
    return version ? [{ docKey: doc.docKey, doc, approved: version }] : [];
  });
  return { view, index: printedIndex(view), documents: bundleOrder(view.elements, approved) };
}
