import { RECORD_KIND_DEFS, type RecordFields } from '../../../shared/qms/records';
import { qualificationSummary, statusAfterQualification, type QualificationRun } from '../../../shared/qms/cairn-qualification';
import type { AuditEntry } from '../audit/audit-repo';
import type { OpenProject } from '../projects/open-project';
import type { QmsRecordRow } from './qms-records-repo';

/**
 * Cairn's own entry in the QMS software tool list (4.1.6): it holds controlled documents, records,
 * e-signatures and the audit trail, so its use is high risk. The evidence names what the customer can
 * check themselves in every project as well as the supplier's release testing.
 */
export function cairnToolFields(appVersion: string): RecordFields {
  return {
    name: 'Cairn',
    version: appVersion,
    use: 'Document and record control: controlled documents with review, approval and electronic signatures (21 CFR 11), the audit trail, the technical file and the QMS records.',
    risk: 'high',
    status: 'planned',
    evidence:
      `Supplier testing: the automated unit, integration and end-to-end test report of Cairn ${appVersion}. ` +
      'In this project: the audit trail hash-chain check (Audit trail screen or `cairn verify`) and the signature check of each exported PDF (`cairn verify-pdf`). ' +
      'Still to do by the company: a validation report for its intended use, approved before relying on Cairn.',
  };
}

/** Who changes the tool list, when, and where the audit rows go: the caller's transaction. */
interface ToolListChange {
  project: OpenProject;
  appVersion: string;
  at: string;
  by: number;
  audit(entry: AuditEntry): void;
}

/** Lists Cairn itself among the QMS software tools to validate, once; returns its entry. */
export function ensureCairnTool(change: ToolListChange): QmsRecordRow {
  const { project } = change;
  const existing = project.qmsRecords.list('tool').find((row) => row.builtIn);
  if (existing) return existing;
  const row = project.qmsRecords.insert({
    kind: 'tool',
    prefix: RECORD_KIND_DEFS.tool.prefix,
    fields: cairnToolFields(change.appVersion),
    builtIn: true,
    at: change.at,
    by: change.by,
  });
  change.audit({ action: 'create', entity: 'qms_record', entityId: row.humanId, summary: `${row.humanId} Cairn listed as a QMS software tool to validate`, after: row.fields });
  return row;
}

/** Records a validation run against Cairn's entry: the run's summary, and the status it leads to. */
export function recordQualification(change: ToolListChange, run: QualificationRun): QmsRecordRow {
  const tool = ensureCairnTool(change);
  const status = statusAfterQualification(tool.fields.status, run);
  const fields: RecordFields = { ...tool.fields, qualification: qualificationSummary(run), ...(status ? { status } : {}) };
  change.project.qmsRecords.update(tool.id, fields, change.at, change.by);
  change.audit({
    action: 'update',
    entity: 'qms_record',
    entityId: tool.humanId,
    summary: `${tool.humanId} Cairn ${run.version} validated on this computer: ${run.stepsPassed} of ${run.stepsRun} steps passed${run.skipped.length ? ` (a partial run, ${run.skipped.join(', ')} not run)` : ''}`,
    before: tool.fields,
    after: fields,
  });
  const updated = change.project.qmsRecords.byId(tool.id);
  if (!updated) throw new Error(`${tool.humanId} vanished while its qualification was recorded.`);
  return updated;
}
