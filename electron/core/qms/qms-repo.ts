import type { CompanyFields } from '../../../shared/qms/company';
import type { ScopeAnswers, ScopeDecision } from '../../../shared/qms/scope';
import type { Db } from '../db/connection';

export interface CompanyRow extends CompanyFields {
  scopeAnswers: ScopeAnswers | null;
  updatedAt: string | null;
}

export interface ScopeRow extends ScopeDecision {
  updatedAt: string;
  updatedBy: number;
}

export interface SectionRow {
  procedureKey: string;
  sectionId: string;
  text: string;
  revision: number;
  updatedAt: string;
  updatedBy: number;
}

interface RawCompany extends Omit<CompanyRow, 'scopeAnswers' | 'prrcExternal'> {
  scopeAnswers: string | null;
  prrcExternal: number;
}

/** Owns qms_company (one row), qms_scope and qms_section. */
export class QmsRepo {
  constructor(private readonly db: Db) {}

  company(): CompanyRow {
    const raw = this.db
      .prepare(
        `SELECT legal_name AS legalName, address, employees, sites, products, top_management AS topManagement,
         management_rep AS managementRep, prrc, prrc_external AS prrcExternal, outsourced_processes AS outsourcedProcesses,
         critical_suppliers AS criticalSuppliers, scope_answers_json AS scopeAnswers, updated_at AS updatedAt
         FROM qms_company WHERE id = 1`,
      )
      .get() as RawCompany | undefined;
    if (!raw) throw new Error('The QMS company row is missing.');
    return {
      ...raw,
      prrcExternal: raw.prrcExternal === 1,
      scopeAnswers: raw.scopeAnswers === null ? null : (JSON.parse(raw.scopeAnswers) as ScopeAnswers),
    };
  }

  saveCompany(c: CompanyFields, at: string): void {
    this.db
      .prepare(
        `UPDATE qms_company SET legal_name = @legalName, address = @address, employees = @employees, sites = @sites,
         products = @products, top_management = @topManagement, management_rep = @managementRep, prrc = @prrc,
         prrc_external = @prrcExternal, outsourced_processes = @outsourcedProcesses, critical_suppliers = @criticalSuppliers,
         updated_at = @at WHERE id = 1`,
      )
      .run({ ...c, prrcExternal: c.prrcExternal ? 1 : 0, at });
  }

  saveScopeAnswers(answers: ScopeAnswers, at: string): void {
    this.db.prepare('UPDATE qms_company SET scope_answers_json = ?, updated_at = ? WHERE id = 1').run(JSON.stringify(answers), at);
  }

  /** The clauses that do not apply or are excluded, in clause-table order of insertion. */
  scope(): ScopeRow[] {
    return this.db.prepare('SELECT clause, status, justification, updated_at AS updatedAt, updated_by AS updatedBy FROM qms_scope ORDER BY clause').all() as ScopeRow[];
  }

  /** Records a decision; "applies" removes the clause's row. */
  setScope(d: ScopeDecision, at: string, by: number): void {
    if (d.status === 'applies') {
      this.db.prepare('DELETE FROM qms_scope WHERE clause = ?').run(d.clause);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO qms_scope (clause, status, justification, updated_at, updated_by) VALUES (@clause, @status, @justification, @at, @by)
         ON CONFLICT (clause) DO UPDATE SET status = excluded.status, justification = excluded.justification, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run({ ...d, at, by });
  }

  sections(procedureKey?: string): SectionRow[] {
    const sql = `SELECT procedure_key AS procedureKey, section_id AS sectionId, text, revision, updated_at AS updatedAt, updated_by AS updatedBy FROM qms_section`;
    return (procedureKey === undefined ? this.db.prepare(sql).all() : this.db.prepare(`${sql} WHERE procedure_key = ?`).all(procedureKey)) as SectionRow[];
  }

  section(procedureKey: string, sectionId: string): SectionRow | undefined {
    return this.sections(procedureKey).find((s) => s.sectionId === sectionId);
  }

  saveSection(procedureKey: string, sectionId: string, text: string, at: string, by: number): SectionRow {
    this.db
      .prepare(
        `INSERT INTO qms_section (procedure_key, section_id, text, revision, updated_at, updated_by) VALUES (@procedureKey, @sectionId, @text, 1, @at, @by)
         ON CONFLICT (procedure_key, section_id) DO UPDATE SET text = excluded.text, revision = qms_section.revision + 1, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run({ procedureKey, sectionId, text, at, by });
    const row = this.section(procedureKey, sectionId);
    if (!row) throw new Error(`Section ${procedureKey}/${sectionId} was not saved.`);
    return row;
  }

  /** Returns the section to Cairn's draft. */
  removeSection(procedureKey: string, sectionId: string): void {
    this.db.prepare('DELETE FROM qms_section WHERE procedure_key = ? AND section_id = ?').run(procedureKey, sectionId);
  }
}
