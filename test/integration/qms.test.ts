import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../shared/documents/content';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const STARTUP = {
  legalName: 'Lumen Cardio UG',
  address: 'Hafenstraße 4, 20457 Hamburg, Germany',
  employees: 3,
  sites: 'Hamburg (head office)',
  products: 'Lumen ECG Viewer',
  topManagement: 'Ada Owner',
  managementRep: 'Priya Raman',
  prrc: 'Dr. Tomas Berg',
  prrcExternal: true,
  outsourcedProcesses: 'Cloud hosting — Example Cloud GmbH',
  criticalSuppliers: 'Example Cloud GmbH',
};
const SOFTWARE_ONLY = { physicalProduct: false, sterile: false, installation: false, servicing: false, measuringEquipment: false };

/** Flattens a document's text so assertions can look for names and clauses anywhere in it. */
function allText(content: DocumentContent): string {
  const parts: string[] = [content.purpose];
  const walk = (sections: DocumentContent['sections']) => {
    for (const s of sections) {
      parts.push(s.heading);
      for (const b of s.blocks) {
        if (b.kind === 'paragraph') parts.push(b.text);
        if (b.kind === 'list') parts.push(...b.items);
        if (b.kind === 'table') parts.push(...b.rows.flat());
      }
      walk(s.subsections ?? []);
    }
  };
  walk(content.sections);
  return parts.join('\n');
}

/** The start-up's company profile, selling in the EU as its product profile says. */
async function saveStartup() {
  await f.ok('product.update', { markets: ['eu'] });
  await f.ok('qms.saveCompany', STARTUP);
}

async function setUpStartup() {
  await saveStartup();
  await f.ok('qms.applyScope', SOFTWARE_ONLY);
  return f.ok('qms.generateDocuments', {});
}

async function docText(key: string) {
  const overview = await f.ok('qms.get', {});
  const id = overview.procedures.find((p) => p.key === key)?.document?.documentId ?? 0;
  return allText((await f.ok('documents.get', { documentId: id })).live.content);
}

async function approve(key: string) {
  const overview = await f.ok('qms.get', {});
  const documentId = overview.procedures.find((p) => p.key === key)?.document?.documentId ?? 0;
  const versionId = (await f.ok('documents.get', { documentId })).versions.at(-1)?.id ?? 0;
  await f.ok('documents.sendForReview', { versionId, approvers: [1], password: OWNER.password });
  await f.ok('documents.sign', { versionId, meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true });
}

describe('company profile and scope', () => {
  it('saves the profile with an audit row, lists Cairn as a tool, and says what is missing', async () => {
    const empty = await f.ok('qms.get', {});
    expect(empty.company.missing).toContain('legal name');
    const saved = await f.ok('qms.saveCompany', { legalName: 'Lumen Cardio UG' });
    expect(saved.company.missing).toContain('markets (chosen in the product profile)');
    // The markets are asked once, in the product profile; the company profile reads them and takes none.
    expect((await f.fails('qms.saveCompany', { markets: ['eu'] })).code).toBe('invalid_input');
    await f.ok('product.update', { markets: ['eu'] });
    const sold = await f.ok('qms.get', {});
    expect(sold.company.markets).toEqual(['eu']);
    expect(sold.company.missing).toContain('person responsible for regulatory compliance');
    expect(sold.company.missing).not.toContain('markets (chosen in the product profile)');
    expect((await f.fails('qms.saveCompany', { legalName: 'Lumen Cardio UG' })).code).toBe('invalid_input');
    const tools = await f.ok('qms.records', { kind: 'tool' });
    expect(tools).toHaveLength(1);
    expect(tools[0]).toMatchObject({ humanId: 'TOOL-001', builtIn: true, fields: { name: 'Cairn', version: '9.9.9-test', risk: 'high' } });
    const { rows } = await f.ok('audit.list', { filter: { entity: 'qms_company' } });
    expect(rows[0]?.summary).toBe('Company profile changed: legalName');
  });

  it('turns the wizard answers into justified decisions and enforces which clauses may be left out', async () => {
    const overview = await f.ok('qms.applyScope', { ...SOFTWARE_ONLY, servicing: true });
    expect(overview.scope.map((d) => d.clause).sort()).toEqual(['6.4.2', '7.5.2', '7.5.3', '7.5.5', '7.5.7', '7.6']);
    expect(overview.scope.every((d) => d.justification.length >= 20 && d.status === 'not_applicable')).toBe(true);
    expect(await f.fails('qms.setClause', { clause: '4.2.4', status: 'not_applicable', justification: 'We do not control documents at all here.' })).toMatchObject({
      code: 'invalid_input',
      field: 'status',
    });
    expect(await f.fails('qms.setClause', { clause: '7.5.4', status: 'not_applicable', justification: 'short' })).toMatchObject({ field: 'justification' });
    expect(await f.fails('qms.setClause', { clause: '8.2.4', status: 'excluded', justification: 'Design is done by the parent company.' })).toMatchObject({ field: 'status' });
    expect(await f.fails('qms.setClause', { clause: '9.9', status: 'applies' })).toMatchObject({ field: 'clause' });
    const back = await f.ok('qms.setClause', { clause: '7.6', status: 'applies' });
    expect(back.scope.map((d) => d.clause)).not.toContain('7.6');
    // Answering again resets only the clauses the questions decide.
    const again = await f.ok('qms.applyScope', { ...SOFTWARE_ONLY, installation: true });
    expect(again.scope.map((d) => d.clause)).toContain('7.6');
    expect(again.scope.map((d) => d.clause)).not.toContain('7.5.3');
  });
});

describe('procedure generation', () => {
  it('writes the company’s names and roles into the procedures and justifies every clause not applied', async () => {
    const overview = await setUpStartup();
    expect(overview.procedures.filter((p) => p.needed).map((p) => p.key)).toEqual(overview.procedures.map((p) => p.key));
    expect(overview.procedures.every((p) => p.document?.state === 'draft' && p.document.version === 1)).toBe(true);
    const manual = await docText('QM');
    expect(manual).toContain('Lumen Cardio UG, Hafenstraße 4, 20457 Hamburg, Germany, designs, develops');
    expect(manual).toContain('Management representative: Priya Raman.');
    expect(manual).toContain('Person responsible for regulatory compliance (MDR Article 15): Dr. Tomas Berg, available to the company permanently and continuously under contract');
    expect(manual).toContain('With 3 people, one person holds several roles.');
    expect(manual).toContain('Cloud hosting — Example Cloud GmbH');
    expect(manual).toMatch(/7\.5\.5\nParticular requirements for sterile medical devices\nNot applicable\nNo device is supplied sterile/);
    const vigilance = await docText('SOP-VIG');
    expect(vigilance).toContain('no later than 15 days after awareness');
    expect(vigilance).not.toContain('21 CFR 803');
    expect(vigilance).toContain('ISO 13485:2016: 8.2.3');
    expect(await docText('SOP-REG')).toContain('needs only a new UDI-PI');
    expect((await f.fails('qms.generateDocuments', {})).code).toBe('conflict');
  });

  it('refuses to generate before the company is named and the scope answered', async () => {
    expect((await f.fails('qms.generateDocuments', {})).code).toBe('conflict');
    await f.ok('qms.saveCompany', { legalName: 'Lumen Cardio UG' });
    expect((await f.fails('qms.generateDocuments', {})).message).toMatch(/scope questions/);
  });

  it('leaves out an SOP whose clauses are all out of scope, and names the US timelines for a US company', async () => {
    await f.ok('product.update', { markets: ['us'] });
    await f.ok('qms.saveCompany', STARTUP);
    await f.ok('qms.applyScope', SOFTWARE_ONLY);
    for (const clause of ['7.3.3', '7.3.6', '7.3.7', '7.3.10'])
      await f.ok('qms.setClause', { clause, status: 'excluded', justification: 'Design is done by the parent company under its own QMS.' });
    const overview = await f.ok('qms.generateDocuments', {});
    expect(overview.procedures.find((p) => p.key === 'SOP-USE')).toMatchObject({ needed: false, document: null });
    const vigilance = await docText('SOP-VIG');
    expect(vigilance).toContain('within 30 calendar days');
    expect(vigilance).not.toContain('MDR Article 87');
    expect(await docText('SOP-REG')).not.toContain('UDI-PI');
  });

  it('keeps the team’s section text, resets it to Cairn’s draft, and refuses unknown sections', async () => {
    await setUpStartup();
    const edited = await f.ok('qms.updateSection', { key: 'SOP-CAPA', sectionId: 'preventive', text: 'Our own words.\n\n- first\n- second' });
    const section = edited.sections.find((s) => s.id === 'preventive');
    expect(section).toMatchObject({ state: 'edited', revision: 1, text: 'Our own words.\n\n- first\n- second', updatedBy: 'Ada Owner' });
    expect(section?.draft).toMatch(/potential nonconformity/);
    expect(await docText('SOP-CAPA')).toContain('Our own words.');
    expect((await f.fails('qms.updateSection', { key: 'SOP-CAPA', sectionId: 'preventive', text: 'Our own words.\n\n- first\n- second' })).code).toBe('invalid_input');
    expect((await f.fails('qms.updateSection', { key: 'SOP-CAPA', sectionId: 'nope', text: 'x' })).field).toBe('sectionId');
    expect((await f.fails('qms.procedure', { key: 'SOP-NOPE' })).code).toBe('not_found');
    const reset = await f.ok('qms.resetSection', { key: 'SOP-CAPA', sectionId: 'preventive' });
    expect(reset.sections.find((s) => s.id === 'preventive')?.state).toBe('draft');
    expect((await f.fails('qms.resetSection', { key: 'SOP-CAPA', sectionId: 'preventive' })).code).toBe('conflict');
  });
});

describe('clause coverage', () => {
  it('shows gaps until documents exist, then documented, then approved clause by clause', async () => {
    await saveStartup();
    const before = await f.ok('qms.applyScope', SOFTWARE_ONLY);
    expect(before.coverage.summary).toMatchObject({ inScope: 57, documented: 0, approved: 0, gaps: 57 });
    const generated = await f.ok('qms.generateDocuments', {});
    expect(generated.coverage.summary).toMatchObject({ inScope: 57, documented: 57, approved: 0, gaps: 0 });
    await approve('QM');
    const after = await f.ok('qms.get', {});
    const policy = after.coverage.clauses.find((c) => c.clause === '5.3');
    expect(policy).toMatchObject({ coverage: 'approved', answeredBy: [{ key: 'QM', sections: ['Quality policy'], approved: true }] });
    expect(after.coverage.clauses.find((c) => c.clause === '8.5.2')?.coverage).toBe('documented');
    expect(after.coverage.clauses.find((c) => c.clause === '7.5.5')).toMatchObject({ coverage: 'out_of_scope', status: 'not_applicable' });
    // A physical, sterile product brings clauses Cairn's set does not answer: they show as gaps.
    const physical = await f.ok('qms.applyScope', { ...SOFTWARE_ONLY, physicalProduct: true, sterile: true });
    expect(physical.coverage.clauses.filter((c) => c.coverage === 'gap').map((c) => c.clause)).toEqual(['6.4.2', '7.5.2', '7.5.5', '7.5.7']);
  });
});

describe('training', () => {
  it('lists who must be trained, and asks for retraining when a new SOP version is approved', async () => {
    await setUpStartup();
    expect((await f.ok('qms.training', {})).due).toEqual([]);
    await approve('SOP-CAPA');
    const due = await f.ok('qms.training', {});
    expect(due.due).toEqual([{ traineeId: 1, name: 'Ada Owner', docKey: 'SOP-CAPA', title: 'Corrective and preventive action (CAPA)', version: 1, trainedOn: null }]);
    expect(
      (await f.fails('qms.recordTraining', { traineeId: 1, docKey: 'SOP-CAPA', version: 1, trainedOn: '2026-01-01', method: 'Read and understood', password: 'wrong-password' }))
        .code,
    ).toBe('wrong_password');
    expect((await f.fails('qms.recordTraining', { traineeId: 1, docKey: 'SOP-IA', version: 1, trainedOn: '2026-01-01', method: 'Read', password: OWNER.password })).field).toBe(
      'version',
    );
    const trained = await f.ok('qms.recordTraining', {
      traineeId: 1,
      docKey: 'SOP-CAPA',
      version: 1,
      trainedOn: '2026-01-01',
      method: 'Read and understood',
      password: OWNER.password,
    });
    expect(trained.due).toEqual([]);
    expect(trained.records[0]).toMatchObject({ traineeName: 'Ada Owner', docKey: 'SOP-CAPA', version: 1, signedBy: 'Ada Owner' });
    // Editing a section makes the approved SOP drift: a v2 draft starts; approving it asks for retraining.
    await f.ok('qms.updateSection', { key: 'SOP-CAPA', sectionId: 'preventive', text: 'Preventive actions are reviewed monthly.' });
    const overview = await f.ok('qms.get', {});
    expect(overview.procedures.find((p) => p.key === 'SOP-CAPA')?.document).toMatchObject({ version: 2, state: 'draft', approvedVersion: 1, changedSinceApproved: true });
    await approve('SOP-CAPA');
    const again = await f.ok('qms.get', {});
    expect(again.trainingDue).toEqual([expect.objectContaining({ docKey: 'SOP-CAPA', version: 2, trainedOn: 1 })]);
  });
});

describe('records', () => {
  it('numbers records per kind, checks fields, and will not close a CAPA without an effectiveness check', async () => {
    const capa = { title: 'Release checklist skipped', source: 'audit', kind: 'corrective', description: 'A release shipped without the checklist.', state: 'open' };
    const list = await f.ok('qms.saveRecord', { kind: 'capa', fields: capa });
    expect(list[0]).toMatchObject({ humanId: 'CAPA-001', fields: capa });
    expect(await f.fails('qms.saveRecord', { kind: 'capa', id: list[0]?.id ?? 0, fields: { ...capa, state: 'closed' } })).toMatchObject({
      code: 'invalid_input',
      field: 'fields.effectiveness',
    });
    expect(await f.fails('qms.saveRecord', { kind: 'capa', fields: { ...capa, colour: 'red' } })).toMatchObject({ field: 'fields.colour' });
    expect(await f.fails('qms.saveRecord', { kind: 'supplier', fields: { name: 'X', supplies: 'Y', criticality: 'huge', status: 'qualified' } })).toMatchObject({
      field: 'fields.criticality',
    });
    expect(await f.fails('qms.saveRecord', { kind: 'review', fields: { date: '2026-02-30', attendees: 'All', state: 'held' } })).toMatchObject({ field: 'fields.date' });
    const closed = await f.ok('qms.saveRecord', {
      kind: 'capa',
      id: list[0]?.id ?? 0,
      fields: { ...capa, state: 'closed', effectiveness: 'Next three releases used the checklist.' },
    });
    expect(closed[0]?.fields.state).toBe('closed');
    const audit = await f.ok('qms.saveRecord', { kind: 'audit', fields: { scope: 'CAPA 8.5.2', auditor: 'External', date: '2026-01-01', state: 'planned' } });
    expect(audit[0]?.humanId).toBe('IA-001');
    expect(
      (await f.fails('qms.saveRecord', { kind: 'supplier', id: list[0]?.id ?? 0, fields: { name: 'X', supplies: 'Y', criticality: 'minor', status: 'qualified' } })).code,
    ).toBe('not_found');
  });
});

describe('procedure set export', () => {
  it('bundles only the approved procedures, under the procedure set’s own cover', async () => {
    await setUpStartup();
    expect((await f.fails('qms.exportProcedures', {})).code).toBe('conflict');
    await approve('QM');
    await approve('SOP-CAPA');
    const pdf = await f.ok('qms.exportProcedures', {});
    expect(pdf).toMatchObject({ fileName: 'procedures-2026-01-01.pdf', signed: false });
    const file = join(f.dir, pdf.fileName);
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('PROCEDURE SET');
    expect(text).toContain('Procedure set · page 1 of');
    expect(text).not.toMatch(/technical file/i);
    expect(text.indexOf('Quality manual')).toBeLessThan(text.indexOf('Corrective and preventive action (CAPA)'));
    const { rows } = await f.ok('audit.list', { filter: { entity: 'document_version' } });
    expect(rows[0]?.summary).toBe('Procedure set (2 documents) exported as PDF');
  });
});
