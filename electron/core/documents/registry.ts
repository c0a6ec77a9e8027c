import type { DocumentType } from '../../../shared/api/documents-types';
import type { OpenProject } from '../projects/open-project';
import { publicMember } from '../users/users-repo';
import { registerDocumentKinds } from './document-kinds';
import type { DocumentTypeDef } from './document-type-def';
import { buildAuditExtract } from './kinds/audit-extract';
import { buildProjectSummary } from './kinds/project-summary';
import { buildCompliancePlan, COMPLIANCE_PLAN_KEY } from './kinds/compliance-plan';
import { DEVELOPMENT_PLAN_DEF } from './kinds/development-plan-def';
import { buildSafetyClassification, SAFETY_CLASSIFICATION_KEY } from './kinds/safety-classification';
import { SRS_DEF } from './kinds/srs-def';
import { SOUP_LIST_DEF } from './kinds/soup-list-def';
import { PROBLEM_LOG_DEF } from './kinds/problem-log';
import { CHANGE_LOG_DEF } from './kinds/change-log';
import { buildTraceMatrix, TRACE_MATRIX_KEY } from './kinds/trace-matrix';
import { DETAILED_DESIGN_DEF, SAD_DEF } from './kinds/architecture-docs';
import { QMS_MANUAL_DEF, SOP_DEF } from './kinds/qms-docs';
import { RISK_ANALYSIS_DEF, RISK_PLAN_DEF, RISK_REPORT_DEF } from './kinds/risk-docs';
import { VERIFICATION_RECORDS_DEF } from './kinds/verification-records-def';
import { TEST_PLAN_DEF, TEST_REPORT_DEF } from './kinds/test-docs';
import { KNOWN_ANOMALIES_DEF, RELEASE_RECORD_DEF } from './kinds/release-docs';
import { RECORD_DOCUMENT_SPECS, recordDocumentDef } from './kinds/qms-record-docs';
import { TRAINING_RECORD_DEF } from './kinds/training-record-doc';
import { gapReport } from '../trace/gap-report';
import { traceMatrix } from '../trace/trace-matrix';
import { compliancePlan } from '../plan/compliance-plan';
import { softwareTree } from '../software/software-tree';
import { allNodes, classificationHistory } from '../classification/classification-history';
import { DOCUMENT_TYPE_LABELS } from '../../../shared/documents/type-labels';

function uniqueKey(project: OpenProject, base: string): string {
  let key = base;
  for (let n = 2; project.documents.byKey(key); n++) key = `${base}-${n}`;
  return key;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

/** Every node's history, for the classification record. */
function classificationInput(project: OpenProject) {
  const tree = softwareTree(project.software);
  return {
    productName: project.project.get().productName,
    intendedPurpose: project.profile.get().intendedPurpose,
    systems: tree.map((node) => classificationHistory(project, node)),
    items: new Map(
      allNodes(tree)
        .filter((n) => n.kind !== 'system')
        .map((n) => [n.id, classificationHistory(project, n)]),
    ),
  };
}

/** The kind definition of a QMS record document, from its spec. */
function recordDocumentDefOf(type: DocumentType): DocumentTypeDef {
  const spec = RECORD_DOCUMENT_SPECS.find((s) => s.type === type);
  if (!spec) throw new Error(`No QMS record document spec for ${type}.`);
  return recordDocumentDef(spec);
}

const CLASSIFICATION_ENTITIES = ['software_item', 'system_classification', 'item_classification'];

export const DOCUMENT_TYPE_DEFS: Record<DocumentType, DocumentTypeDef> = {
  'safety-classification': {
    label: DOCUMENT_TYPE_LABELS['safety-classification'],
    singleton: true,
    dependsOn: [...CLASSIFICATION_ENTITIES, 'product_profile', 'user'],
    keyAndTitle: () => ({ docKey: SAFETY_CLASSIFICATION_KEY, title: 'Software safety classification', params: {} }),
    gather: (project) => buildSafetyClassification(classificationInput(project)),
  },
  'compliance-plan': {
    label: DOCUMENT_TYPE_LABELS['compliance-plan'],
    singleton: true,
    dependsOn: [...CLASSIFICATION_ENTITIES, 'clause_status'],
    keyAndTitle: () => ({ docKey: COMPLIANCE_PLAN_KEY, title: 'IEC 62304 compliance plan', params: {} }),
    gather: (project) => buildCompliancePlan({ productName: project.project.get().productName, plan: compliancePlan(project) }),
  },
  'trace-matrix': {
    label: DOCUMENT_TYPE_LABELS['trace-matrix'],
    singleton: true,
    dependsOn: ['requirement', 'soup', 'software_item', 'trace_link'],
    keyAndTitle: () => ({ docKey: TRACE_MATRIX_KEY, title: 'Traceability matrix', params: {} }),
    gather: (project) => buildTraceMatrix({ productName: project.project.get().productName, matrix: traceMatrix(project), gaps: gapReport(project) }),
  },
  sad: SAD_DEF,
  'detailed-design': DETAILED_DESIGN_DEF,
  'qms-manual': QMS_MANUAL_DEF,
  sop: SOP_DEF,
  'risk-plan': RISK_PLAN_DEF,
  'risk-analysis': RISK_ANALYSIS_DEF,
  'risk-report': RISK_REPORT_DEF,
  'verification-records': VERIFICATION_RECORDS_DEF,
  'test-plan': TEST_PLAN_DEF,
  'test-report': TEST_REPORT_DEF,
  'known-anomalies': KNOWN_ANOMALIES_DEF,
  'release-record': RELEASE_RECORD_DEF,
  sdp: DEVELOPMENT_PLAN_DEF,
  srs: SRS_DEF,
  'soup-list': SOUP_LIST_DEF,
  'problem-log': PROBLEM_LOG_DEF,
  'change-log': CHANGE_LOG_DEF,
  'training-record': TRAINING_RECORD_DEF,
  'capa-log': recordDocumentDefOf('capa-log'),
  'audit-reports': recordDocumentDefOf('audit-reports'),
  'management-reviews': recordDocumentDefOf('management-reviews'),
  'supplier-list': recordDocumentDefOf('supplier-list'),
  'project-summary': {
    label: DOCUMENT_TYPE_LABELS['project-summary'],
    singleton: true,
    // Not the document register: listing other documents' states would mark the summary changed whenever an
    // unrelated document is created or approved, though nothing the summary states about the product changed.
    dependsOn: ['project', 'user', 'product_profile'],
    keyAndTitle: () => ({ docKey: 'PROJECT-SUMMARY', title: 'Project summary', params: {} }),
    gather: (project) =>
      buildProjectSummary({
        project: project.project.get(),
        intendedUse: project.profile.get().intendedPurpose.trim() || null,
        team: project.users.list().map(publicMember),
      }),
  },
  'audit-extract': {
    label: DOCUMENT_TYPE_LABELS['audit-extract'],
    singleton: false,
    // The period is closed when the extract is created, and audit rows never change: no drift.
    dependsOn: [],
    keyAndTitle: (input, project, at) => {
      const params = input.type === 'audit-extract' ? input : { from: null, to: null, entity: null };
      const to = params.to ?? at;
      const period = `${day(params.from) ?? 'start'} to ${day(to)}`;
      return {
        docKey: uniqueKey(project, `AUDIT-${day(to)}`),
        title: `Audit trail extract, ${period}${params.entity ? ` (${params.entity})` : ''}`,
        params: { from: params.from, to, entity: params.entity },
      };
    },
    gather: (project, doc) => {
      const from = typeof doc.params.from === 'string' ? doc.params.from : null;
      const to = typeof doc.params.to === 'string' ? doc.params.to : null;
      const entity = typeof doc.params.entity === 'string' ? doc.params.entity : null;
      return buildAuditExtract({
        docKey: doc.docKey,
        rows: project.audit.all({ from, to, entity }),
        period: { from, to },
        entity,
        generatedFor: project.project.get().productName,
      });
    },
  },
};

registerDocumentKinds(DOCUMENT_TYPE_DEFS);
