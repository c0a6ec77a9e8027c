import type { TestCase, VerifiedRecord } from '../../../shared/api/tests-types';
import type { TraceLink } from '../../../shared/api/trace-types';
import type { OpenProject } from '../projects/open-project';
import { labelRefs, refKey } from '../trace/record-labels';
import type { CaseRow } from './test-cases-repo';

/** Each case's outgoing "verifies" links, read once for a whole list. */
export function verifiesLinks(project: OpenProject): Map<number, TraceLink[]> {
  const byCase = new Map<number, TraceLink[]>();
  for (const link of [...project.trace.between('test_case', 'requirement'), ...project.trace.between('test_case', 'risk_control')]) {
    byCase.set(link.from.id, [...(byCase.get(link.from.id) ?? []), link]);
  }
  return byCase;
}

/** Cases as the API shows them, with steps and labelled link ends. */
export function toTestCases(project: OpenProject, rows: readonly CaseRow[]): TestCase[] {
  const links = verifiesLinks(project);
  const labels = labelRefs(
    project,
    rows.flatMap((r) => (links.get(r.id) ?? []).map((l) => l.to)),
  );
  const ends = (row: CaseRow, type: 'requirement' | 'risk_control'): VerifiedRecord[] =>
    (links.get(row.id) ?? [])
      .filter((l) => l.to.type === type)
      .flatMap((l) => {
        const label = labels.get(refKey(l.to));
        return label ? [{ id: l.to.id, humanId: label.humanId, title: label.title, suspect: l.suspect }] : [];
      });
  return rows.map((row) => ({
    ...row,
    steps: project.tests.cases.steps(row.id),
    requirements: ends(row, 'requirement'),
    riskControls: ends(row, 'risk_control'),
  }));
}

export function toTestCase(project: OpenProject, row: CaseRow): TestCase {
  const [view] = toTestCases(project, [row]);
  if (!view) throw new Error(`Test case ${row.humanId} could not be shown.`);
  return view;
}
