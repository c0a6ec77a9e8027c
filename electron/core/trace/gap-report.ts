import type { Gap, GapHome, GapKind, GapReport } from '../../../shared/api/trace-types';
import { GAP_KINDS } from '../../../shared/api/trace-types';
import type { OpenProject } from '../projects/open-project';
import { GapsRepo, type GapRow } from './gaps-repo';
import { linkViews } from './link-views';

interface GapCheck {
  kind: Exclude<GapKind, 'suspect-link'>;
  type: Gap['record']['type'];
  home: GapHome;
  rows(repo: GapsRepo): GapRow[];
  message(row: GapRow): string;
}

/** Each check, what it means in words a reviewer uses, and where it is put right. */
const CHECKS: GapCheck[] = [
  {
    kind: 'requirement-without-item',
    type: 'requirement',
    home: 'requirements',
    rows: (r) => r.requirementsWithoutItem(),
    message: (row) => `${row.humanId} is not allocated to any software item (5.3.1 needs every requirement placed in the architecture).`,
  },
  {
    kind: 'requirement-without-verification',
    type: 'requirement',
    home: 'requirements',
    rows: (r) => r.requirementsWithoutVerification(),
    message: (row) => `${row.humanId} has no verification method and no test: say how it will be shown to be met (5.2.6 e).`,
  },
  {
    kind: 'item-without-requirement',
    type: 'software_item',
    home: 'requirements',
    rows: (r) => r.itemsWithoutRequirement(),
    message: (row) => `${row.humanId} "${row.title}" implements no requirement: specify what it must do, or remove it.`,
  },
  {
    kind: 'soup-without-purpose',
    type: 'soup',
    home: 'soup',
    rows: (r) => r.soupWithoutPurpose(),
    message: (row) => `${row.humanId} ${row.title} has no purpose recorded: say why the product uses it (8.1.2, 5.3.3).`,
  },
  {
    kind: 'soup-without-item',
    type: 'soup',
    home: 'soup',
    rows: (r) => r.soupWithoutItem(),
    message: (row) => `${row.humanId} ${row.title} is not linked to the software items that use it.`,
  },
  {
    kind: 'risk-control-without-requirement',
    type: 'risk_control',
    home: 'risk',
    rows: (r) => r.controlsWithoutRequirement(),
    message: (row) => `${row.humanId} "${row.title}" is implemented by no requirement: link the requirement that implements it, or create one from the control (5.2.3).`,
  },
  {
    kind: 'risk-requirement-without-control',
    type: 'requirement',
    home: 'risk',
    rows: (r) => r.riskRequirementsWithoutControl(),
    message: (row) => `${row.humanId} is marked as a risk control, but no risk control in the risk file is implemented by it.`,
  },
  {
    kind: 'risk-control-unverified',
    type: 'risk_control',
    home: 'risk',
    rows: (r) => r.controlsUnverified(),
    message: (row) => `${row.humanId} "${row.title}" has no verification of its implementation: record how it was checked or link a test (7.3.1).`,
  },
];

/** Everything the trace is missing, in the order a team would fix it. */
export function gapReport(project: OpenProject): GapReport {
  const repo = new GapsRepo(project.db);
  const gaps: Gap[] = CHECKS.flatMap((check) =>
    check.rows(repo).map((row) => ({
      kind: check.kind,
      record: { type: check.type, id: row.id, humanId: row.humanId, title: row.title },
      message: check.message(row),
      home: check.home,
    })),
  );
  for (const link of linkViews(project, project.trace.suspect())) {
    gaps.push({
      kind: 'suspect-link',
      record: { ...link.from, ...link.fromLabel },
      message: `${link.fromLabel.humanId} ${link.meaning} ${link.toLabel.humanId}: ${link.suspectReason || 'a record at one end changed'} — review the link.`,
      home: 'trace',
      linkId: link.id,
    });
  }
  const counts = Object.fromEntries(GAP_KINDS.map((k) => [k, 0])) as Record<GapKind, number>;
  for (const gap of gaps) counts[gap.kind] += 1;
  return { gaps, counts, checked: repo.counts() };
}
