import { describe, expect, it } from 'vitest';
import { proposeImportMapping, proposeMapping } from '../../shared/requirements/propose-mapping';
import { relationKindOf } from '../../shared/requirements/relation-kinds';

const rows = (...cells: Record<string, string>[]) => cells.map((c, i) => ({ where: `Row ${i + 1}`, cells: c }));

describe('proposing a mapping', () => {
  it('knows the standard ReqIF names, DOORS, Capella, StrictDoc and EA names', () => {
    expect(proposeMapping(['ReqIF.ForeignID', 'ReqIF.ChapterName', 'ReqIF.Name', 'ReqIF.Text', 'ReqIF.Description', 'ReqIF.Category'])).toEqual({
      humanId: 'ReqIF.ForeignID',
      title: 'ReqIF.Name',
      text: 'ReqIF.Text',
      type: 'ReqIF.Category',
      heading: 'ReqIF.ChapterName',
    });
    expect(proposeMapping(['Object Identifier', 'Object Heading', 'Object Text'])).toEqual({ humanId: 'Object Identifier', text: 'Object Text', heading: 'Object Heading' });
    expect(proposeMapping(['ReqIFForeignID', 'ReqIFName', 'ReqIFText'])).toEqual({ humanId: 'ReqIFForeignID', title: 'ReqIFName', text: 'ReqIFText' });
    expect(proposeMapping(['UID', 'TITLE', 'STATEMENT'])).toEqual({ humanId: 'UID', title: 'TITLE', text: 'STATEMENT' });
  });

  it('takes the string or XHTML column with the most text when none is named as text, never a number or enumeration', () => {
    const columns = [
      { name: 'Name', kind: 'STRING' },
      { name: 'Count', kind: 'INTEGER' },
      { name: 'Memo', kind: 'STRING' },
      { name: 'Priority', kind: 'ENUMERATION' },
      { name: 'Remark', kind: 'XHTML' },
    ];
    const data = rows(
      { Name: 'a', Count: '123456789012345678901234567890', Memo: 'short', Priority: 'a very long enumeration literal indeed', Remark: 'a much longer remark' },
      { Name: 'b', Memo: 'tiny' },
    );
    expect(proposeImportMapping(columns, data)).toEqual({
      mapping: { title: 'Name', text: 'Remark' },
      notes: ['No column is named as requirement text; "Remark" holds the most text, so it is proposed.'],
    });
  });

  it('keeps a repeating ID column for CSV (the import then refuses naming both rows) but not where IDENTIFIERs exist', () => {
    const csv = [
      { name: 'ID', kind: 'text' },
      { name: 'Text', kind: 'text' },
    ];
    const repeated = rows({ ID: 'A-1', Text: 'x' }, { ID: 'A-1', Text: 'y' });
    expect(proposeImportMapping(csv, repeated).mapping).toEqual({ humanId: 'ID', text: 'Text' });
    const reqif = [{ name: 'IDENTIFIER', kind: 'IDENTIFIER' }, ...csv];
    const withKeys = rows({ IDENTIFIER: 'so-1', ID: 'A-1', Text: 'x' }, { IDENTIFIER: 'so-2', ID: 'A-1', Text: 'y' }, { IDENTIFIER: 'so-3', ID: 'A-1', Text: '' });
    expect(proposeImportMapping(reqif, withKeys)).toEqual({
      mapping: { humanId: 'IDENTIFIER', text: 'Text' },
      notes: ['"ID" repeats "A-1" (Row 1 and Row 2): each SPEC-OBJECT\'s IDENTIFIER is proposed as the ID instead.'],
    });
    // Only requirements count: a heading (no text) may share or lack the foreign ID.
    expect(proposeImportMapping(reqif, rows({ IDENTIFIER: 'so-1', ID: 'A-1', Text: 'x' }, { IDENTIFIER: 'so-2', ID: '', Text: '' })).mapping.humanId).toBe('ID');
  });
});

describe('relation kinds', () => {
  it('reads tool relation names, keeping the file direction, and calls the rest related', () => {
    expect(
      ['Parent', 'parent', 'is child of', 'Child', 'Refines', 'refinement', 'Derived', 'derived_from', 'Verifies', 'DOORS Links', 'relates_to', 'Satisfies'].map(relationKindOf),
    ).toEqual(['parent', 'parent', 'parent', 'child', 'refines', 'refines', 'derives', 'derives', 'verifies', 'related', 'related', 'related']);
  });
});
