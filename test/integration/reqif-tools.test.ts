import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReqif } from '../../electron/core/import/reqif-read';
import { CoreFixture } from './core-fixture';

// Issue 19: a ReqIF file from each tool convention imports without a hand-written mapping, with every
// requirement, its text, its place in the hierarchy and its relations, and a round trip keeps them.

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const fixture = (name: string) => ({ fileName: name, base64: readFileSync(`test/fixtures/reqif/tools/${name}`).toString('base64') });

async function importWithProposal(input: { fileName: string; base64: string }) {
  const preview = await f.ok('requirements.previewImport', input);
  return { preview, result: await f.ok('requirements.import', { ...input, mapping: preview.mapping }) };
}

async function requirements() {
  return (await f.ok('requirements.list', { limit: 1000, sort: { column: 'humanId', dir: 'asc' } })).rows.map((r) => ({
    humanId: r.humanId,
    title: r.title,
    text: r.text,
    type: r.type,
    status: r.status,
  }));
}

/** The exported outline as indented lines (sections as "# title", requirements by ID) and the relations by ID. */
function shape(xml: string) {
  const table = readReqif(xml);
  const label = new Map(table.rows.map((r) => [r.identifier, r.cells['ReqIF.ChapterName'] ? `# ${r.cells['ReqIF.ChapterName']}` : (r.cells['ReqIF.ForeignID'] ?? '?')]));
  const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(table.rows.find((r) => r.identifier === id)?.parent ?? null));
  return {
    outline: table.rows.map((r) => `${'  '.repeat(depth(r.parent))}${label.get(r.identifier)}`),
    relations: table.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`),
  };
}

async function exported() {
  const file = await f.ok('requirements.export', { format: 'reqif' });
  return { file, xml: Buffer.from(file.base64, 'base64').toString('utf8') };
}

interface Expected {
  file: string;
  mapping: Record<string, string>;
  result: { rows: number; added: number; sections: number; relations: number; skipped: number };
  warnings: RegExp[];
  notes: RegExp[];
  outline: string[];
  relations: string[];
  sample: { humanId: string; text: string; title?: string; type?: string; status?: string };
}

const CASES: Expected[] = [
  {
    file: 'standard-attributes.reqif',
    mapping: { humanId: 'ReqIF.ForeignID', title: 'ReqIF.Name', text: 'ReqIF.Text', type: 'ReqIF.Category', heading: 'ReqIF.ChapterName' },
    result: { rows: 6, added: 3, sections: 3, relations: 1, skipped: 0 },
    warnings: [],
    notes: [],
    outline: ['# 1 Dosing', '  IP-1', '  IP-2', '# 2 Alarms', '  # 2.1 Occlusion', '    IP-3'],
    relations: ['IP-2 Refines IP-1'],
    sample: {
      humanId: 'IP-3',
      title: 'Downstream occlusion',
      type: 'alarm',
      text: 'A downstream pressure above 80 kPa for 3 s shall raise a high-priority alarm and stop the motor.',
    },
  },
  {
    file: 'doors.reqif',
    mapping: { humanId: 'Object Identifier', text: 'Object Text', verificationMethod: 'Verification Method', heading: 'Object Heading' },
    result: { rows: 5, added: 3, sections: 2, relations: 1, skipped: 0 },
    warnings: [
      /^SPEC-OBJECT "_obj-3": an ATTRIBUTE-VALUE-XHTML refers to attribute definition "_ole-text", which no SPEC-OBJECT-TYPE defines; the value is kept as column "_ole-text"\.$/,
    ],
    notes: [],
    outline: ['# Power management', '  2', '    3', '  # Battery', '    5'],
    relations: ['5 DOORS Links 2'],
    sample: { humanId: '5', text: 'The remaining battery time shall be shown in minutes.\n- on the home screen\n- on the infusion screen' },
  },
  {
    file: 'polarion.reqif',
    mapping: { humanId: 'IDENTIFIER', title: 'ReqIF.Name', text: 'ReqIF.Text', status: 'Status' },
    result: { rows: 4, added: 3, sections: 1, relations: 2, skipped: 0 },
    warnings: [],
    notes: [
      /^"ReqIF\.ForeignID" repeats "PUMP-31" \(SPEC-OBJECT "_pol-PUMP-31" and SPEC-OBJECT "_pol-PUMP-31-ref"\): each SPEC-OBJECT's IDENTIFIER is proposed as the ID instead\.$/,
    ],
    outline: ['# Drug library', '  _pol-PUMP-31', '  _pol-PUMP-32', '  _pol-PUMP-31-ref'],
    relations: ['_pol-PUMP-32 parent _pol-PUMP-31', '_pol-PUMP-31-ref relates_to _pol-PUMP-31'],
    sample: { humanId: '_pol-PUMP-32', title: 'Library update', status: 'draft', text: 'A new library shall only be activated between infusions.' },
  },
  {
    file: 'enterprise-architect.reqif',
    mapping: { humanId: 'Alias', title: 'Name', text: 'Notes', type: 'Stereotype', status: 'Status' },
    result: { rows: 3, added: 2, sections: 1, relations: 2, skipped: 0 },
    warnings: [],
    notes: [/^No column is named as requirement text; "Notes" holds the most text, so it is proposed\.$/],
    outline: ['# User interface', '  UI-7', '  UI-8'],
    relations: ['UI-8 Refine UI-7', 'UI-7 Dependency UI-8'],
    sample: {
      humanId: 'UI-8',
      title: 'Unlock attempts',
      type: 'security',
      status: 'draft',
      text: 'After three wrong clinician codes the keypad shall stay locked for 5 minutes.\nEach failed attempt is logged.',
    },
  },
  {
    file: 'capella.reqif',
    mapping: { humanId: 'ReqIFForeignID', title: 'ReqIFName', text: 'ReqIFText', heading: 'ReqIFChapterName' },
    result: { rows: 3, added: 2, sections: 1, relations: 1, skipped: 0 },
    warnings: [],
    notes: [],
    outline: ['# Monitoring', '  SYS-101', '  SYS-102'],
    relations: ['SYS-102 Derived SYS-101'],
    sample: { humanId: 'SYS-101', title: 'Air-in-line detection', text: 'The system shall detect a single air bubble of 50 µl or more in the line.' },
  },
  {
    file: 'reqif-studio.reqif',
    mapping: { humanId: 'IDENTIFIER', text: 'Description', heading: 'ReqIF.ChapterName' },
    result: { rows: 4, added: 3, sections: 1, relations: 1, skipped: 0 },
    warnings: [],
    notes: [/^"ID" repeats "REQ-1" \(SPEC-OBJECT "rmf-a02" and SPEC-OBJECT "rmf-a03"\): each SPEC-OBJECT's IDENTIFIER is proposed as the ID instead\.$/],
    outline: ['# Display', '  rmf-a02', '  rmf-a03', '  rmf-a04'],
    relations: ['rmf-a04 Satisfies rmf-a02'],
    sample: { humanId: 'rmf-a03', text: 'The display shall show the volume still to be infused in ml.' },
  },
  {
    file: 'strictdoc.reqif',
    mapping: { humanId: 'UID', title: 'TITLE', text: 'STATEMENT', rationale: 'RATIONALE', status: 'STATUS', heading: 'ReqIF.ChapterName' },
    result: { rows: 5, added: 3, sections: 2, relations: 2, skipped: 0 },
    warnings: [],
    notes: [],
    outline: ['# Controller', '  CTL-1', '  # Timing', '    CTL-2', '    CTL-3'],
    relations: ['CTL-2 Parent CTL-1', 'CTL-3 Parent CTL-1'],
    sample: { humanId: 'CTL-1', title: 'Motor watchdog', status: 'approved', text: 'The controller shall stop the motor when the watchdog is not served within 100 ms.' },
  },
];

describe('ReqIF from each tool, with no hand-written mapping', () => {
  for (const c of CASES) {
    it(`${c.file}: requirements, sections, relations and warnings; a round trip keeps them`, async () => {
      const { preview, result } = await importWithProposal(fixture(c.file));
      expect(preview.mapping).toEqual(c.mapping);
      expect(preview.notes).toEqual(c.notes.map((n) => expect.stringMatching(n)));
      expect(preview.warnings).toEqual(c.warnings.map((w) => expect.stringMatching(w)));
      expect(result).toMatchObject({ format: 'reqif', ...c.result, updated: 0, unchanged: 0 });
      expect(result.warnings).toEqual(c.warnings.map((w) => expect.stringMatching(w)));
      const original = await requirements();
      expect(original.find((r) => r.humanId === c.sample.humanId)).toMatchObject(c.sample);

      const first = await exported();
      expect(shape(first.xml)).toEqual({ outline: c.outline, relations: c.relations });

      // Into an empty project: the same requirements, outline and relations come back.
      await f.project('copy.cairn');
      const again = await importWithProposal({ fileName: first.file.fileName, base64: first.file.base64 });
      expect(again.result).toMatchObject({ added: c.result.added, sections: c.result.sections, relations: c.result.relations, skipped: 0, warnings: [] });
      expect(await requirements()).toEqual(original);
      expect(shape((await exported()).xml)).toEqual(shape(first.xml));

      // Importing the same file again changes nothing and does not duplicate sections or relations.
      const repeat = await importWithProposal({ fileName: first.file.fileName, base64: first.file.base64 });
      expect(repeat.preview).toMatchObject({ savedMapping: true, notes: [] });
      expect(repeat.result).toMatchObject({ added: 0, updated: 0, unchanged: c.result.added, sections: c.result.sections });
      expect(shape((await exported()).xml)).toEqual(shape(first.xml));
    });
  }
});

describe('strict where data would be lost', () => {
  it('refuses a chosen ID column that repeats, naming both objects, and writes nothing', async () => {
    const before = await f.auditCount();
    const input = fixture('polarion.reqif');
    const preview = await f.ok('requirements.previewImport', input);
    const failure = await f.fails('requirements.import', { ...input, mapping: { ...preview.mapping, humanId: 'ReqIF.ForeignID' } });
    expect(failure).toMatchObject({
      code: 'invalid_input',
      message: 'SPEC-OBJECT "_pol-PUMP-31-ref": ID "PUMP-31" was already used by SPEC-OBJECT "_pol-PUMP-31"; each requirement needs its own ID.',
    });
    expect(await f.auditCount()).toBe(before);
    expect((await f.ok('requirements.list', {})).total).toBe(0);
    expect(shape((await exported()).xml)).toEqual({ outline: [], relations: [] });
  });
});

describe('relations are trace links', () => {
  it('kinds by type name (unknown ones related), in the matrix, suspect after a change and in the gap report', async () => {
    await importWithProposal(fixture('enterprise-architect.reqif'));
    await importWithProposal(fixture('strictdoc.reqif'));
    const links = (await f.ok('trace.links', {})).filter((l) => l.relation !== null);
    expect(links.map((l) => `${l.fromLabel.humanId} ${l.meaning} ${l.toLabel.humanId} (${l.relation?.kind}, "${l.relation?.name}")`)).toEqual([
      'UI-8 refines UI-7 (refines, "Refine")',
      'UI-7 is related to UI-8 (related, "Dependency")',
      'CTL-2 sits under CTL-1 (parent, "Parent")',
      'CTL-3 sits under CTL-1 (parent, "Parent")',
    ]);

    const row = (humanId: string) => f.ok('trace.matrix', {}).then((m) => m.rows.find((r) => r.humanId === humanId));
    expect((await row('CTL-1'))?.relations).toEqual([
      expect.objectContaining({ humanId: 'CTL-2', meaning: 'sits under', outgoing: false, suspect: false }),
      expect.objectContaining({ humanId: 'CTL-3', meaning: 'sits under', outgoing: false, suspect: false }),
    ]);
    expect((await row('CTL-2'))?.relations).toEqual([expect.objectContaining({ humanId: 'CTL-1', meaning: 'sits under', outgoing: true })]);

    // A changed parent puts its children's links up for review, like any other link.
    const ctl1 = (await f.ok('requirements.list', { filter: { text: 'CTL-1' } })).rows[0];
    await f.ok('requirements.update', { id: ctl1?.id ?? 0, text: 'The controller shall stop the motor when the watchdog is not served within 50 ms.' });
    expect((await row('CTL-1'))?.relations.map((r) => r.suspect)).toEqual([true, true]);
    const gaps = (await f.ok('trace.gaps', {})).gaps.filter((g) => g.kind === 'suspect-link');
    expect(gaps.map((g) => g.message)).toEqual([
      expect.stringMatching(/^CTL-2 sits under CTL-1: CTL-1 changed \(text\)/),
      expect.stringMatching(/^CTL-3 sits under CTL-1: CTL-1 changed \(text\)/),
    ]);
    await f.ok('trace.review', { linkIds: gaps.map((g) => g.linkId ?? 0) });
    expect((await f.ok('trace.gaps', {})).counts['suspect-link']).toBe(0);
    expect(await f.ok('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });
});
