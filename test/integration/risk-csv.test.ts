import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RiskRow } from '../../shared/api/risk-types';
import { fourSeverityScales } from '../../shared/risk/presets';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

/** What a chain is, without database ids: what a round trip must keep. */
const essence = (r: RiskRow) => ({
  humanId: r.humanId,
  hazard: [r.hazard.name, r.hazard.category],
  sequenceOfEvents: r.sequenceOfEvents,
  situation: r.situation.name,
  harm: r.harm.name,
  initial: [r.initial.p1, r.initial.p2, r.initial.p, r.initial.s],
  residual: r.residual && [r.residual.p1, r.residual.p2, r.residual.p, r.residual.s],
  controls: r.controls.map((c) => [c.name, c.type]),
  benefitRisk: r.benefitRisk,
});

/** Three chains that use every exported column: shared records, two controls of different types, quotes and commas. */
async function riskFile(p: (p1: number, p2: number) => { p1?: number; p2?: number; p?: number }) {
  const hazard = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Stale reading, "cached"', category: 'information-data' });
  const spoof = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Spoofed pairing', category: 'cybersecurity' });
  const situation = await f.ok('risk.addRecord', { kind: 'situation', name: 'Patient trusts an old trend' });
  const harm = await f.ok('risk.addRecord', { kind: 'harm', name: 'Delayed treatment' });
  const one = await f.ok('risk.addChain', {
    hazardId: hazard.id,
    situationId: situation.id,
    harmId: harm.id,
    sequenceOfEvents: 'Sync fails;\nthe app shows the last value.',
    initial: { ...p(4, 3), s: 4 },
  });
  await f.ok('risk.addChain', { hazardId: hazard.id, situationId: situation.id, harmId: harm.id, initial: { ...p(2, 2), s: 2 } });
  const three = await f.ok('risk.addChain', { hazardId: spoof.id, situationId: situation.id, harmId: harm.id, initial: { ...p(3, 3), s: 4 } });
  await f.ok('risk.addControl', { chainIds: [one.id, three.id], type: 'inherent-safety', name: 'Readings carry their measurement time' });
  await f.ok('risk.addControl', { chainIds: [one.id], type: 'information-for-safety', name: 'IFU explains the sync age' });
  await f.ok('risk.setResidual', { id: one.id, residual: { ...p(2, 3), s: 4 } });
  await f.ok('risk.setResidual', { id: three.id, residual: { ...p(3, 3), s: 4 }, benefitRisk: 'Home monitoring outweighs the remaining risk.' });
}

async function roundTrip() {
  const before = (await f.ok('risk.list', {})).rows.map(essence);
  const exported = await f.ok('risk.exportCsv', {});
  expect(exported).toMatchObject({ fileName: 'Infusion-Pump-risks.csv', mimeType: 'text/csv', count: 3 });
  await f.ok('project.create', {
    path: f.path('copy.cairn'),
    productName: 'Copy',
    manufacturer: 'Acme Medical',
    owner: { name: 'Ada Owner', email: 'ada@example.com', password: 'owner-password-1' },
  });
  return { before, exported };
}

describe('risk CSV export', () => {
  it('re-imports into a fresh project as the same chains (P1 × P2 plan)', async () => {
    await riskFile((p1, p2) => ({ p1, p2 }));
    const { before, exported } = await roundTrip();
    expect(text(exported.base64).split('\r\n')[0]).toBe(
      '\uFEFFRisk ID,Hazard,Hazard category,Sequence of events,Hazardous situation,Harm,P1,P2,Severity,Risk controls,Control type,Residual P1,Residual P2,Residual severity,Benefit-risk',
    );
    const file = { fileName: exported.fileName, base64: exported.base64 };
    const preview = await f.ok('risk.previewImport', file);
    expect(preview).toMatchObject({ unmapped: [], problems: [], problemCount: 0, rowCount: 3 });
    expect(await f.ok('risk.import', { ...file, mapping: preview.mapping })).toEqual({ chains: 3, hazards: 2, situations: 1, harms: 1, controls: 2 });
    expect((await f.ok('risk.list', {})).rows.map(essence)).toEqual(before);
  });

  it('writes P instead of P1 and P2 when the plan estimates one probability, and still round-trips', async () => {
    await f.ok('risk.updatePlan', { scales: fourSeverityScales() });
    await riskFile((p1) => ({ p: p1 }));
    const { before, exported } = await roundTrip();
    expect(text(exported.base64)).toContain(',Harm,P,Severity,');
    await f.ok('risk.updatePlan', { scales: fourSeverityScales() });
    const file = { fileName: exported.fileName, base64: exported.base64 };
    await f.ok('risk.import', { ...file, mapping: (await f.ok('risk.previewImport', file)).mapping });
    expect((await f.ok('risk.list', {})).rows.map(essence)).toEqual(before);
  });
});

describe('risk CSV import preview', () => {
  const CSV = [
    'Gefahr,Situation,Schaden,W1,W2,Schwere,Massnahmen,Art',
    'Stale reading,Old trend trusted,Delayed treatment,4,3,4,Timestamp shown,protective',
    'Stale reading,Old trend trusted,Delayed treatment,4,3,9,,',
    ',Old trend trusted,Delayed treatment,4,3,4,,',
    'Spoofed pairing,Foreign readings shown,Wrong treatment,3,3,5,Pairing code,',
  ].join('\n');
  const file = { fileName: 'fmea.csv', base64: b64(CSV) };
  const MAPPING = { hazard: 'Gefahr', situation: 'Situation', harm: 'Schaden', p1: 'W1', p2: 'W2', s: 'Schwere', controls: 'Massnahmen', controlType: 'Art' };

  it('lists every unmapped required field until the mapping names a column for it', async () => {
    const preview = await f.ok('risk.previewImport', file);
    expect(preview.savedMapping).toBe(false);
    expect(preview.mapping).toEqual({ situation: 'Situation' });
    expect(preview.unmapped).toEqual(['hazard', 'harm', 'p1', 'p2', 's']);
    expect(preview.problems).toEqual([]);
  });

  it('lists every faulty row under a mapping, and the import writes nothing while any remains', async () => {
    const preview = await f.ok('risk.previewImport', { ...file, mapping: { ...MAPPING, benefitRisk: 'No such column' } });
    expect(preview.mapping).toEqual(MAPPING);
    expect(preview.problemCount).toBe(3);
    expect(preview.problems).toEqual([
      { where: 'Line 3', message: 'Line 3: S is 9 but its scale has levels 1 to 5.' },
      { where: 'Line 4', message: 'Line 4, Hazard ("Gefahr"): empty; every chain needs one.' },
      { where: 'Line 5', message: 'Line 5: risk control "Pairing code" is new; give its type in the Control type column.' },
    ]);
    const before = await f.auditCount();
    expect(await f.fails('risk.import', { ...file, mapping: MAPPING })).toMatchObject({
      code: 'invalid_input',
      field: 'file',
      message: 'fmea.csv: Line 3: S is 9 but its scale has levels 1 to 5. (2 more row(s) with problems; preview the file to see them all)',
    });
    expect(await f.fails('risk.import', { ...file, mapping: { ...MAPPING, benefitRisk: 'No such column' } })).toMatchObject({
      field: 'mapping',
      message: 'fmea.csv: the mapping names a column "No such column" that the file does not have.',
    });
    expect(await f.auditCount()).toBe(before);
  });

  it('offers the mapping of the last import again for a file with the same header line', async () => {
    const fixed = [CSV.split('\n')[0], CSV.split('\n')[1]].join('\n');
    await f.ok('risk.import', { fileName: 'fmea.csv', base64: b64(fixed), mapping: MAPPING });
    const again = await f.ok('risk.previewImport', { fileName: 'next.csv', base64: b64(`${fixed}\n`) });
    expect(again).toMatchObject({ savedMapping: true, mapping: MAPPING, unmapped: [], problems: [] });
    const other = await f.ok('risk.previewImport', { fileName: 'other.csv', base64: b64(fixed.replace('Art', 'Typ')) });
    expect(other.savedMapping).toBe(false);
  });
});
