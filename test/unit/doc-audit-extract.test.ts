import { describe, expect, it } from 'vitest';
import type { ContentSection } from 'pdfmake/interfaces';
import type { AuditRow } from '../../shared/api/audit-types';
import type { DocumentControl } from '../../shared/documents/control';
import { buildAuditExtract, type AuditExtractInput } from '../../electron/core/documents/kinds/audit-extract';
import { describeChange } from '../../electron/core/documents/kinds/audit-change';
import { renderDocument } from '../../electron/core/pdf/render-document';

const row = (seq: number, over: Partial<AuditRow> = {}): AuditRow => ({
  seq,
  at: `2026-11-0${seq}T08:15:0${seq}.000Z`,
  userId: 1,
  userName: 'Ada Lovelace',
  action: 'user.updated',
  entity: 'user',
  entityId: '3',
  summary: `Change ${seq}`,
  before: { role: 'author', name: 'Dmitri' },
  after: { role: 'reviewer', name: 'Dmitri' },
  method: 'users.update',
  ...over,
});
const input = (over: Partial<AuditExtractInput> = {}): AuditExtractInput => ({
  docKey: 'AUDIT-2026-11-20',
  rows: [
    row(1),
    row(2, { action: 'user.created', before: null, after: { name: 'Grace', role: 'reviewer' } }),
    row(3),
    row(4, { userId: null, userName: null, action: 'project.opened', entity: 'project', entityId: null, before: null, after: null }),
  ],
  period: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-20T00:00:00.000Z' },
  entity: null,
  generatedFor: 'PulseWatch',
  ...over,
});
const flat = (value: unknown) => JSON.stringify(value);

describe('describeChange', () => {
  it('prints one "field: before → after" line per changed field', () => {
    expect(describeChange({ role: 'author', name: 'A' }, { role: 'reviewer', name: 'A' })).toBe('role: author → reviewer');
    expect(describeChange(null, { name: 'Grace', active: true })).toBe('active: — → true\nname: — → Grace');
    expect(describeChange(3, 4)).toBe('value: 3 → 4');
    expect(describeChange(null, null)).toBe('');
    expect(describeChange({ note: 'x'.repeat(200) }, {}).length).toBeLessThan(100);
  });
});

describe('buildAuditExtract', () => {
  it('is landscape, names its period and entity, and counts entries by action', () => {
    const doc = buildAuditExtract(input({ entity: 'user' }));
    expect(doc).toMatchObject({ docKey: 'AUDIT-2026-11-20', orientation: 'landscape', title: 'Audit trail extract, 2026-11-01 to 2026-11-20 (user)' });
    expect(doc.sections.map((s) => s.heading)).toEqual(['Selection', 'Entries by action', 'Entries']);
    const selection = flat(doc.sections[0]);
    for (const expected of ['2026-11-01 00:00:00 UTC', '2026-11-20 00:00:00 UTC', '"user"', '"4"', '#1 to #4']) expect(selection).toContain(expected);
    expect(doc.sections[1]?.blocks[0]).toMatchObject({
      rows: [
        ['user.updated', '2'],
        ['project.opened', '1'],
        ['user.created', '1'],
      ],
    });
  });

  it('lists each entry with number, UTC time, who, action, entity, id, summary and change', () => {
    const table = buildAuditExtract(input()).sections[2]?.blocks[0];
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.columns.map((c) => c.header)).toEqual(['#', 'Time', 'Who', 'Action', 'Entity', 'Entity ID', 'Summary', 'Change']);
    expect(table.rows[0]).toEqual(['1', '2026-11-01 08:15:01 UTC', 'Ada Lovelace', 'user.updated', 'user', '3', 'Change 1', 'role: author → reviewer']);
    expect(table.rows[3]).toEqual(['4', '2026-11-04 08:15:04 UTC', 'System', 'project.opened', 'project', '—', 'Change 4', '']);
  });

  it('has one record per audit row, keyed by sequence number', () => {
    expect(buildAuditExtract(input()).records.map((r) => r.key)).toEqual(['audit:1', 'audit:2', 'audit:3', 'audit:4']);
  });

  it('handles an open period and an empty selection', () => {
    const doc = buildAuditExtract(input({ rows: [], period: { from: null, to: null } }));
    expect(doc.title).toBe('Audit trail extract, start to latest entry');
    expect(flat(doc.sections)).toContain('No audit entries match this selection.');
    expect(doc.records).toEqual([]);
  });

  it('renders its entries landscape with a repeating header row', () => {
    const control: DocumentControl = {
      docKey: 'AUDIT-2026-11-20',
      title: 'Audit trail extract',
      version: 1,
      state: 'approved',
      productName: 'PulseWatch',
      manufacturer: 'Acme',
      issuedAt: '2026-11-25T00:00:00.000Z',
      contentSha256: 'f'.repeat(64),
      signatures: [],
      revisions: [],
      changedSinceApproval: false,
    };
    const [front, body] = renderDocument(buildAuditExtract(input()), control).content as ContentSection[];
    expect(front?.pageOrientation).toBe('portrait');
    expect(body?.pageOrientation).toBe('landscape');
    const nodes = (body?.section ?? []) as unknown as Record<string, unknown>[];
    const entries = nodes.filter((n) => 'table' in n).at(-1);
    expect(entries).toMatchObject({ table: { headerRows: 1 } });
    expect(flat(entries)).toContain('role: author -> reviewer');
  });
});
