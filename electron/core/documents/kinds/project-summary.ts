import type { ProjectInfo, TeamMember } from '../../../../shared/api/types';
import type { DocumentContent, RecordRef } from '../../../../shared/documents/content';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { recordRef } from '../canonical';

export const PROJECT_SUMMARY_KEY = 'PROJECT-SUMMARY';

export interface ProjectSummaryInput {
  project: ProjectInfo;
  /** Null until the team has written it. */
  intendedUse: string | null;
  team: TeamMember[];
}

export const INTENDED_USE_MISSING = 'The intended use has not been defined yet, so this version of the summary does not say what the product is for.';

/**
 * The project summary: who makes which product and who works on it in what role. Each record's digest
 * covers exactly the values printed, so a change to anything shown (and only that) marks an approved
 * summary as changed. The document register is the technical file's index, not this summary's: listing
 * other documents here would mark it changed whenever an unrelated document moved.
 */
export function buildProjectSummary(input: ProjectSummaryInput): DocumentContent {
  const product = {
    productName: input.project.productName,
    manufacturer: input.project.manufacturer,
    projectStarted: day(input.project.createdAt),
    intendedUse: input.intendedUse,
  };
  const members = [...input.team].sort((a, b) => a.id - b.id).map(memberRow);
  const active = members.filter((m) => m.active).length;

  const records: RecordRef[] = [recordRef('project', 'project', product.productName, product), ...members.map((m) => recordRef(`user:${m.id}`, 'user', m.row.name, m.row))];

  return {
    docKey: PROJECT_SUMMARY_KEY,
    title: 'Project summary',
    orientation: 'portrait',
    purpose:
      `This summary identifies ${product.productName}, the organisation that places it on the market and the people ` +
      'who hold a role in its development. It is the entry ' +
      'point a reviewer reads first: every other document in the set refers back to the product and team named here.',
    sections: [
      {
        heading: 'Product and manufacturer',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Product', product.productName],
              ['Manufacturer', product.manufacturer],
              ['Project started', product.projectStarted],
            ],
          },
        ],
      },
      { heading: 'Intended use', blocks: [{ kind: 'paragraph', text: input.intendedUse?.trim() || INTENDED_USE_MISSING }] },
      {
        heading: 'Team',
        blocks: [
          {
            kind: 'paragraph',
            text:
              `${active} of ${members.length} team member${members.length === 1 ? '' : 's'} currently hold an active role. ` +
              'Deactivated members are listed because their past signatures and records remain part of the history.',
          },
          {
            kind: 'table',
            columns: [
              { header: 'Name', width: 22 },
              { header: 'Email', width: 30 },
              { header: 'Role', width: 14 },
              { header: 'Status', width: 20 },
              { header: 'Member since', width: 14 },
            ],
            rows: members.map(({ row }) => [row.name, row.email, row.role, row.status, row.memberSince]),
            emptyText: 'No team members are recorded.',
          },
        ],
      },
    ],
    records,
  };
}

function memberRow(member: TeamMember) {
  const status = member.active ? 'Active' : member.deactivatedAt ? `Deactivated ${day(member.deactivatedAt)}` : 'Deactivated';
  return {
    id: member.id,
    active: member.active,
    row: { name: member.name, email: member.email, role: ROLE_LABELS[member.role], status, memberSince: day(member.createdAt) },
  };
}

/** The UTC calendar date of an ISO instant: a summary shows days, not seconds. */
function day(iso: string): string {
  return iso.slice(0, 10);
}
