import { describe, expect, it } from 'vitest';
import { qualificationReportName, qualificationSummary, statusAfterQualification, type QualificationRun } from '../../shared/qms/cairn-qualification';

const RUN: QualificationRun = {
  version: '1.2.0',
  day: '2026-03-04',
  by: 'Ada Owner',
  stepsRun: 17,
  stepsPassed: 17,
  passed: true,
  skipped: [],
  failed: [],
  reportFile: qualificationReportName('1.2.0', '2026-03-04'),
  reportSha256: 'a'.repeat(64),
  certificateFingerprint: 'b'.repeat(64),
};

describe("Cairn's qualification record", () => {
  it('names the report by version and day', () => {
    expect(RUN.reportFile).toBe('cairn-1.2.0-validation-2026-03-04.pdf');
  });

  it('says what a full, a failed and a partial run showed, with the report and certificate hashes', () => {
    expect(qualificationSummary(RUN)).toBe(
      'Cairn 1.2.0 validated on this computer on 2026-03-04 by Ada Owner: all 17 installation and operational qualification steps passed. ' +
        `Report cairn-1.2.0-validation-2026-03-04.pdf, SHA-256 ${'a'.repeat(64)}, signed with a key made for the run (certificate SHA-256 ${'b'.repeat(64)}).`,
    );
    expect(qualificationSummary({ ...RUN, passed: false, stepsPassed: 15, failed: ['IQ-02', 'OQ-04'] })).toContain(': 15 of 17 steps passed; failed: IQ-02, OQ-04.');
    expect(qualificationSummary({ ...RUN, stepsRun: 8, stepsPassed: 8, skipped: ['OQ-02', 'OQ-03'] })).toContain(
      ': all 8 steps run passed, but OQ-02, OQ-03 were not run, so this run qualifies nothing.',
    );
  });

  it('moves a planned validation to under way only after a full run passed, and never to validated', () => {
    expect(statusAfterQualification('planned', RUN)).toBe('in_progress');
    expect(statusAfterQualification('planned', { ...RUN, passed: false })).toBe('planned');
    expect(statusAfterQualification('planned', { ...RUN, skipped: ['OQ-10'] })).toBe('planned');
    expect(statusAfterQualification('in_progress', RUN)).toBe('in_progress');
    expect(statusAfterQualification('retired', RUN)).toBe('retired');
  });
});
