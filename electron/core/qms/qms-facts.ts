import type { QmsFacts } from '../../../shared/qms/facts';
import type { ProcedureDef, SectionDef } from '../../../shared/qms/procedure-types';
import type { OpenProject } from '../projects/open-project';

/** The facts Cairn drafts procedures from, read from the project. */
export function qmsFacts(project: OpenProject): QmsFacts {
  const { scopeAnswers: _answers, updatedAt: _at, ...company } = project.qms.company();
  const cairn = project.qmsRecords.list('tool').find((row) => row.builtIn);
  return {
    company: { ...company, markets: project.profile.get().markets },
    productName: project.project.get().productName,
    outOfScope: project.qms.scope().map(({ clause, status, justification }) => ({ clause, status, justification })),
    team: project.users
      .list()
      .filter((u) => u.active)
      .map((u) => ({ name: u.name, role: u.role })),
    ...(cairn ? { cairnTool: { humanId: cairn.humanId, qualification: cairn.fields.qualification ?? '' } } : {}),
  };
}

/** A section's text as it stands: the team's words if saved, else Cairn's draft from the facts. */
export function sectionText(project: OpenProject, def: ProcedureDef, section: SectionDef, facts: QmsFacts): { text: string; edited: boolean } {
  const saved = project.qms.section(def.key, section.id);
  return saved ? { text: saved.text, edited: true } : { text: section.draft(facts), edited: false };
}
