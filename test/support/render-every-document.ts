import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentType } from '../../shared/api/documents-types';
import type { DocumentContent } from '../../shared/documents/content';
import { controlFor } from '../../electron/core/documents/control-for';
import { exportedVersion, typeOf } from '../../electron/core/documents/document-service';
import { renderJob } from '../../electron/core/pdf/render-job';
import { openTestProject } from './project-db';

/** One document as `documents.exportPdf` would print it, and the file it was written to. */
export interface RenderedDocument {
  docKey: string;
  type: DocumentType;
  content: DocumentContent;
  file: string;
}

/**
 * Every document of a closed project file laid out and rendered in this thread, the way the export lays it
 * out (the same version choice, control pages and renderer), unsigned. The export itself starts a render
 * worker per document, which from source costs seconds each; a test over every document needs only the pages.
 */
export async function renderEveryDocument(projectPath: string, outDir: string, printedAt: string): Promise<RenderedDocument[]> {
  const project = openTestProject(projectPath);
  try {
    const rendered: RenderedDocument[] = [];
    for (const doc of project.documents.list()) {
      const version = exportedVersion(project.documents.versions(doc.id));
      if (!version) continue;
      const { content, control } = controlFor(project, doc, version, printedAt);
      const file = join(outDir, `${doc.docKey}.pdf`);
      writeFileSync(file, await renderJob({ kind: 'document', content, control, placeholder: null }, () => undefined));
      rendered.push({ docKey: doc.docKey, type: typeOf(doc), content, file });
    }
    return rendered;
  } finally {
    project.close();
  }
}
