import { describe, expect, it } from 'vitest';
import type { ContentSection } from 'pdfmake/interfaces';
import type { ProjectInfo, TeamMember } from '../../shared/api/types';
import type { DocumentControl } from '../../shared/documents/control';
import { buildProjectSummary, INTENDED_USE_MISSING, type ProjectSummaryInput } from '../../electron/core/documents/kinds/project-summary';
import { renderDocument } from '../../electron/core/pdf/render-document';

const project: ProjectInfo = {
  path: '/p/pulse.cairn',
  productName: 'PulseWatch',
  manufacturer: 'Acme Médical',
  createdAt: '2026-09-01T09:00:00.000Z',
  createdWith: '0.1.0',
  encrypted: true,
};
const member = (id: number, over: Partial<TeamMember> = {}): TeamMember => ({
  id,
  name: `Person ${id}`,
  email: `p${id}@acme.example`,
  role: 'author',
  active: true,
  createdAt: '2026-09-02T10:00:00.000Z',
  deactivatedAt: null,
  ...over,
});
const input = (over: Partial<ProjectSummaryInput> = {}): ProjectSummaryInput => ({
  project,
  intendedUse: 'Shows heart rate trends to clinicians; it does not diagnose.',
  team: [member(2, { role: 'reviewer' }), member(1, { role: 'owner' }), member(3, { active: false, deactivatedAt: '2026-10-10T00:00:00.000Z' })],
  ...over,
});
const flat = (value: unknown) => JSON.stringify(value);

describe('buildProjectSummary', () => {
  it('is the portrait PROJECT-SUMMARY with the product, intended use and team, and no document register', () => {
    const doc = buildProjectSummary(input());
    expect(doc).toMatchObject({ docKey: 'PROJECT-SUMMARY', title: 'Project summary', orientation: 'portrait' });
    expect(doc.sections.map((s) => s.heading)).toEqual(['Product and manufacturer', 'Intended use', 'Team']);
    const text = flat(doc.sections);
    for (const expected of ['PulseWatch', 'Acme Médical', '2026-09-01', 'it does not diagnose', 'Owner', 'Reviewer', 'Deactivated 2026-10-10']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('2 of 3 team members');
  });

  it('says plainly when the intended use has not been defined', () => {
    expect(flat(buildProjectSummary(input({ intendedUse: null })).sections)).toContain(JSON.stringify(INTENDED_USE_MISSING));
    expect(flat(buildProjectSummary(input({ intendedUse: '  ' })).sections)).toContain('has not been defined yet');
  });

  // Other documents are not listed: their creation or approval would otherwise mark an approved summary changed.
  it('refers to the project and every member as records, and to no other document', () => {
    expect(buildProjectSummary(input()).records.map((r) => r.key)).toEqual(['project', 'user:1', 'user:2', 'user:3']);
  });

  it('changes a digest exactly when something the document shows changes', () => {
    const before = buildProjectSummary(input());
    const renamed = buildProjectSummary(
      input({ team: [member(2, { role: 'reviewer' }), member(1, { role: 'owner', name: 'Renamed' }), member(3, { active: false, deactivatedAt: '2026-10-10T00:00:00.000Z' })] }),
    );
    const digest = (doc: typeof before, key: string) => doc.records.find((r) => r.key === key)?.digest;
    expect(digest(renamed, 'user:1')).not.toBe(digest(before, 'user:1'));
    expect(digest(renamed, 'user:2')).toBe(digest(before, 'user:2'));
    // The file path and the creating app version are not printed, so they do not count.
    const moved = buildProjectSummary(input({ project: { ...project, path: '/elsewhere.cairn', createdWith: '9.9.9' } }));
    expect(digest(moved, 'project')).toBe(digest(before, 'project'));
    expect(digest(buildProjectSummary(input({ intendedUse: 'Other use.' })), 'project')).not.toBe(digest(before, 'project'));
  });

  it('renders with numbered headings, repeating table headers and an empty-table line', () => {
    const control: DocumentControl = {
      docKey: 'PROJECT-SUMMARY',
      title: 'Project summary',
      version: 1,
      state: 'draft',
      productName: 'PulseWatch',
      manufacturer: 'Acme Médical',
      issuedAt: '2026-11-25T00:00:00.000Z',
      contentSha256: 'f'.repeat(64),
      signatures: [],
      revisions: [],
      changedSinceApproval: false,
    };
    const [, body] = renderDocument(buildProjectSummary(input({ team: [] })), control).content as ContentSection[];
    const nodes = (body?.section ?? []) as unknown as Record<string, unknown>[];
    expect(body?.pageOrientation).toBe('portrait');
    expect(nodes.filter((n) => 'tocItem' in n).map((n) => n.text)).toEqual(['1\u2002Purpose', '2\u2002Product and manufacturer', '3\u2002Intended use', '4\u2002Team']);
    const tables = nodes.filter((n) => 'table' in n && flat(n).includes('tableHeader'));
    expect(tables).toHaveLength(1);
    for (const t of tables) expect(t).toMatchObject({ table: { headerRows: 1 } });
    expect(flat(tables[0])).toContain('No team members are recorded.');
  });
});
