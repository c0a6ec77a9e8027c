import { describe, expect, it } from 'vitest';
import { qualifySoftware } from '../../shared/regulatory/qualification';

describe('does IEC 62304 apply: qualifying the software (MDCG 2019-11)', () => {
  it('a PACS viewer that only keeps and passes images on is not medical device software and gets no class', () => {
    const q = qualifySoftware({ drivesDevice: false, actsOnData: false });
    expect(q).toMatchObject({ settled: true, medicalDeviceSoftware: false });
    expect(q.settled && q.rationale).toMatch(
      /^Not medical device software \(MDCG 2019-11\): it only stores, archives, sends, compresses without loss or searches data\. IEC 62304 applies to medical device software only/,
    );
  });

  it('a viewer that measures lesions for the radiologist is medical device software', () => {
    expect(qualifySoftware({ drivesDevice: false, actsOnData: true, forIndividualPatients: true, medicalPurpose: true })).toMatchObject({
      settled: true,
      medicalDeviceSoftware: true,
    });
  });

  it('software driving a device is settled at once, whatever follows', () => {
    expect(qualifySoftware({ drivesDevice: true, actsOnData: false })).toMatchObject({ settled: true, medicalDeviceSoftware: true, asked: [{ key: 'drivesDevice' }] });
  });

  it('population statistics and wellness purposes are not medical device software', () => {
    expect(qualifySoftware({ drivesDevice: false, actsOnData: true, forIndividualPatients: false })).toMatchObject({
      medicalDeviceSoftware: false,
      rationale: expect.stringMatching(/individual patients/),
    });
    expect(qualifySoftware({ drivesDevice: false, actsOnData: true, forIndividualPatients: true, medicalPurpose: false })).toMatchObject({
      medicalDeviceSoftware: false,
      rationale: expect.stringMatching(/Article 2\(1\)/),
    });
  });

  it('names the next question while unsettled', () => {
    expect(qualifySoftware({})).toMatchObject({ settled: false, next: { key: 'drivesDevice' } });
    expect(qualifySoftware({ drivesDevice: false, actsOnData: true })).toMatchObject({ settled: false, next: { key: 'forIndividualPatients' } });
  });
});
