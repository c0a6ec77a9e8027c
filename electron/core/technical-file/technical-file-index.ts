import { euUsScope, type EuUsScope } from '../../../shared/regulatory/markets';
import type { TechnicalFileElementView, TechnicalFileIndexView } from '../../../shared/api/technical-file-types';
import { DOCUMENT_TYPE_LABELS } from '../../../shared/documents/type-labels';
import { technicalFileElements, type TechnicalFileScope } from '../../../shared/technical-file/elements';
import { technicalFileIndex, type FiledDocument } from '../../../shared/technical-file/status';
import type { DocumentRow } from '../documents/documents-repo';
import { typeOf } from '../documents/document-service';
import { approvedVersion } from '../documents/version-state';
import { projectClass, softwareTree } from '../software/software-tree';
import type { OpenProject } from '../projects/open-project';

const MARKET_WORDS: Record<Exclude<EuUsScope, ''>, string> = { eu: 'the EU', us: 'the US', 'eu-us': 'the EU and the US' };

/** The latest assessment's result field, read defensively: results are stored as JSON. */
function latestResult(project: OpenProject, kind: 'mdr' | 'fda', key: 'class' | 'level'): { value: string; decidedAt: string } | null {
  const [latest] = project.regulatory.assessments(kind);
  const result = latest?.result;
  if (!latest || typeof result !== 'object' || result === null) return null;
  const value = (result as Record<string, unknown>)[key];
  return typeof value === 'string' ? { value, decidedAt: latest.decidedAt } : null;
}

/** What decides which lists apply, from the product's records. */
export function technicalFileScope(project: OpenProject): { scope: TechnicalFileScope; basis: string[] } {
  const markets = euUsScope(project.profile.get().markets);
  const fda = latestResult(project, 'fda', 'level');
  const mdr = latestResult(project, 'mdr', 'class');
  const fdaLevel = fda?.value === 'Basic' || fda?.value === 'Enhanced' ? fda.value : null;
  const { projectClass: safetyClass } = projectClass(softwareTree(project.software));
  const basis = [
    markets ? `Markets in the product profile: ${MARKET_WORDS[markets]}.` : 'The product profile names neither the EU nor the US, so both lists apply.',
    ...(markets === 'us' ? [] : [mdr ? `EU MDR class as assessed on ${mdr.decidedAt.slice(0, 10)}: ${mdr.value}.` : 'No EU MDR class is assessed.']),
    ...(markets === 'eu'
      ? []
      : [
          fda && fdaLevel
            ? `FDA documentation level as assessed on ${fda.decidedAt.slice(0, 10)}: ${fdaLevel}.`
            : 'No FDA documentation level is assessed, so the Enhanced list (which holds the Basic one) applies.',
        ]),
    `IEC 62304 software safety class of the product: ${safetyClass}.`,
  ];
  return { scope: { markets, fdaLevel, mdrClass: mdr?.value ?? null, safetyClass }, basis };
}

/** The documents in force with their approved version, as the index reads them. */
export function filedDocuments(project: OpenProject): (FiledDocument & { row: DocumentRow })[] {
  return project.documents
    .list()
    .filter((d) => d.retiredAt === null)
    .map((row) => ({ row, type: typeOf(row), docKey: row.docKey, approvedVersion: approvedVersion(project.documents.versions(row.id))?.version ?? null }));
}

/** The technical file's index as it stands: every applicable element with its status and any reference. */
export function technicalFileIndexView(project: OpenProject): TechnicalFileIndexView {
  const { scope, basis } = technicalFileScope(project);
  const references = new Map(project.technicalFileReferences.all().map((r) => [r.element, r]));
  const rows = technicalFileIndex(technicalFileElements(scope), filedDocuments(project), new Map([...references].map(([k, r]) => [k, r.reference])));
  const elements = rows.map(({ element, status }): TechnicalFileElementView => {
    const ref = references.get(element.id);
    return {
      id: element.id,
      part: element.part,
      section: element.section,
      title: element.title,
      cairnDocuments: element.documents.map((t) => DOCUMENT_TYPE_LABELS[t]),
      status,
      reference: ref ? { text: ref.reference, updatedAt: ref.updatedAt, updatedBy: project.users.byId(ref.updatedBy)?.name ?? `user ${ref.updatedBy}` } : null,
    };
  });
  const count = (state: string) => elements.filter((e) => e.status.state === state).length;
  return { scope, basis, elements, counts: { present: count('present'), outside: count('outside'), missing: count('missing') } };
}
