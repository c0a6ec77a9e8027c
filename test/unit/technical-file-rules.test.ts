import { describe, expect, it } from 'vitest';
import { isKnownElement, technicalFileElements, type TechnicalFileElement, type TechnicalFileScope } from '../../shared/technical-file/elements';
import { bundleOrder, elementStatus, statusText, technicalFileIndex, type FiledDocument } from '../../shared/technical-file/status';

const EU_US: TechnicalFileScope = { markets: 'eu-us', fdaLevel: 'Basic', mdrClass: 'IIa', safetyClass: 'B' };
const ids = (scope: TechnicalFileScope) => technicalFileElements(scope).map((e) => e.id);
const parts = (scope: TechnicalFileScope) => [...new Set(technicalFileElements(scope).map((e) => e.part))];

describe('which elements apply', () => {
  it('lists Annex II, then Annex III, then the FDA list for a product sold in both markets', () => {
    expect(parts(EU_US)).toEqual(['mdr-annex-ii', 'mdr-annex-iii', 'fda-software']);
    const list = ids(EU_US);
    expect(list[0]).toBe('mdr-ii-description');
    expect(list.indexOf('mdr-ii-gspr')).toBeLessThan(list.indexOf('mdr-ii-risk-plan'));
    expect(list.indexOf('mdr-iii-pms-plan')).toBeGreaterThan(list.indexOf('mdr-ii-clinical'));
  });

  it('follows the market: the EU lists alone for the EU, the FDA list alone for the US, both when none is recorded', () => {
    expect(parts({ ...EU_US, markets: 'eu' })).toEqual(['mdr-annex-ii', 'mdr-annex-iii']);
    expect(parts({ ...EU_US, markets: 'us' })).toEqual(['fda-software']);
    expect(parts({ ...EU_US, markets: '' })).toEqual(['mdr-annex-ii', 'mdr-annex-iii', 'fda-software']);
  });

  it('adds the design specification and unit and integration testing for the Enhanced level only', () => {
    const basic = ids({ ...EU_US, markets: 'us', fdaLevel: 'Basic' });
    const enhanced = ids({ ...EU_US, markets: 'us', fdaLevel: 'Enhanced' });
    expect(basic).not.toContain('fda-sds');
    expect(basic).not.toContain('fda-unit-integration');
    expect(enhanced.filter((id) => !basic.includes(id))).toEqual(['fda-sds', 'fda-unit-integration']);
    expect(ids({ ...EU_US, markets: 'us', fdaLevel: null })).toEqual(enhanced);
    const practices = (level: 'Basic' | 'Enhanced') => technicalFileElements({ ...EU_US, markets: 'us', fdaLevel: level }).find((e) => e.id === 'fda-practices')?.title;
    expect(practices('Basic')).toMatch(/summary/);
    expect(practices('Enhanced')).toMatch(/plans/);
  });

  it('lists the detailed design under Annex II for class C only', () => {
    expect(ids({ ...EU_US, safetyClass: 'B' })).not.toContain('mdr-ii-detailed-design');
    expect(ids({ ...EU_US, safetyClass: 'C' })).toContain('mdr-ii-detailed-design');
  });

  it('names the post-market report the MDR class calls for', () => {
    const report = (mdrClass: string | null) => technicalFileElements({ ...EU_US, mdrClass }).find((e) => e.id === 'mdr-iii-report')?.title;
    expect(report('I')).toMatch(/^Post-market surveillance report \(Article 85\)$/);
    expect(report('IIb')).toMatch(/^Periodic safety update report \(Article 86\)$/);
    expect(report(null)).toMatch(/as the class requires/);
  });

  it('knows every element key of every list, and no other', () => {
    expect(isKnownElement('fda-sds')).toBe(true);
    expect(isKnownElement('mdr-ii-labelling')).toBe(true);
    expect(isKnownElement('mdr-ii-nonsense')).toBe(false);
  });
});

const SRS: TechnicalFileElement = { id: 'mdr-ii-srs', part: 'mdr-annex-ii', section: 'II 3', title: 'SRS', documents: ['srs'] };
const RELEASES: TechnicalFileElement = { id: 'fda-version-history', part: 'fda-software', section: 'FDA 9', title: 'Versions', documents: ['release-record'] };
const LABELS: TechnicalFileElement = { id: 'mdr-ii-labelling', part: 'mdr-annex-ii', section: 'II 2', title: 'Labels', documents: [] };

describe('present, kept outside Cairn, or missing', () => {
  const approvedSrs: FiledDocument = { type: 'srs', docKey: 'SRS', approvedVersion: 2 };
  const draftSrs: FiledDocument = { type: 'srs', docKey: 'SRS', approvedVersion: null };

  it('is present with the approved version when an approved document of its kind exists, even if a reference is kept', () => {
    expect(elementStatus(SRS, [approvedSrs], 'DMS-0042')).toEqual({ state: 'present', documents: [{ docKey: 'SRS', version: 2 }] });
  });

  it('lists every approved document of its kind, by ID, leaving out unapproved ones', () => {
    const docs: FiledDocument[] = [
      { type: 'release-record', docKey: 'RELEASE-1.1.0', approvedVersion: 1 },
      { type: 'release-record', docKey: 'RELEASE-1.0.0', approvedVersion: 3 },
      { type: 'release-record', docKey: 'RELEASE-1.2.0', approvedVersion: null },
    ];
    expect(elementStatus(RELEASES, docs, undefined)).toEqual({
      state: 'present',
      documents: [
        { docKey: 'RELEASE-1.0.0', version: 3 },
        { docKey: 'RELEASE-1.1.0', version: 1 },
      ],
    });
  });

  it('is kept outside Cairn when no approved document holds it and the team recorded where it is', () => {
    expect(elementStatus(LABELS, [approvedSrs], '  IFU-BW-003 rev C in the labelling folder ')).toEqual({
      state: 'outside',
      reference: 'IFU-BW-003 rev C in the labelling folder',
    });
    expect(elementStatus(SRS, [draftSrs], 'DMS-0042')).toEqual({ state: 'outside', reference: 'DMS-0042' });
  });

  it('is missing otherwise, naming a Cairn document that is not approved yet', () => {
    expect(elementStatus(LABELS, [], undefined)).toEqual({ state: 'missing', unapproved: [] });
    expect(elementStatus(LABELS, [], '   ')).toEqual({ state: 'missing', unapproved: [] });
    expect(elementStatus(SRS, [draftSrs], undefined)).toEqual({ state: 'missing', unapproved: ['SRS'] });
  });

  it('reads as one line per status', () => {
    expect(statusText({ state: 'present', documents: [{ docKey: 'SRS', version: 2 }] })).toBe('Present: SRS v2');
    expect(statusText({ state: 'outside', reference: 'DMS-0042' })).toBe('Kept outside Cairn: DMS-0042');
    expect(statusText({ state: 'missing', unapproved: [] })).toBe('Missing');
    expect(statusText({ state: 'missing', unapproved: ['SRS'] })).toBe('Missing: SRS is not approved');
  });
});

describe('bundle order', () => {
  it('puts each approved document at the first element it holds, then the rest in their given order', () => {
    const elements = technicalFileElements(EU_US);
    const docs: FiledDocument[] = [
      { type: 'qms-manual', docKey: 'QM', approvedVersion: 1 },
      { type: 'srs', docKey: 'SRS', approvedVersion: 1 },
      { type: 'risk-plan', docKey: 'RISK-PLAN', approvedVersion: 1 },
      { type: 'project-summary', docKey: 'PROJECT-SUMMARY', approvedVersion: 1 },
      { type: 'sdp', docKey: 'SDP', approvedVersion: 1 },
    ];
    const rows = technicalFileIndex(elements, docs, new Map());
    expect(bundleOrder(rows, docs).map((d) => d.docKey)).toEqual(['PROJECT-SUMMARY', 'SDP', 'SRS', 'RISK-PLAN', 'QM']);
    expect(rows.find((r) => r.element.id === 'fda-srs')?.status).toEqual({ state: 'present', documents: [{ docKey: 'SRS', version: 1 }] });
  });
});
