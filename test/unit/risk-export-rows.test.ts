import { describe, expect, it } from 'vitest';
import type { RiskControl, RiskRow } from '../../shared/api/risk-types';
import type { RiskEstimate } from '../../shared/risk/evaluate';
import { exportFields, riskExportRows } from '../../shared/risk/export-rows';
import { proposeRiskMapping } from '../../shared/risk/import-rows';

const estimate = (p1: number | null, p2: number | null, p: number, s: number): RiskEstimate => ({
  p1,
  p2,
  p,
  s,
  acceptability: 'acceptable',
  cell: '',
  probabilityName: '',
  severityName: '',
});
const control = (name: string, type: RiskControl['type']): RiskControl => ({
  id: 1,
  humanId: 'RC-1',
  type,
  name,
  description: '',
  implementationVerification: '',
  effectivenessVerification: '',
  introducesHazard: false,
  newHazard: null,
  chains: [],
  requirements: [],
});
const ROW: RiskRow = {
  id: 7,
  humanId: 'RISK-7',
  hazard: { id: 1, humanId: 'HAZ-1', name: 'Stale reading', category: 'information-data' },
  sequenceOfEvents: 'Sync fails',
  situation: { id: 1, humanId: 'HS-1', name: 'Old trend trusted' },
  harm: { id: 1, humanId: 'HARM-1', name: 'Delay' },
  causes: [],
  initial: estimate(4, 3, 4, 4),
  residual: null,
  controls: [control('Timestamp', 'inherent-safety'), control('IFU note', 'information-for-safety')],
  benefitRisk: '',
  open: [],
};

describe('risk export rows', () => {
  it('writes levels as numbers, lists in the same order, and leaves an unestimated residual empty', () => {
    const [header, line] = riskExportRows([ROW], 'p1p2');
    expect(header?.slice(0, 9)).toEqual(['Risk ID', 'Hazard', 'Hazard category', 'Sequence of events', 'Hazardous situation', 'Harm', 'P1', 'P2', 'Severity']);
    expect(line).toEqual([
      'RISK-7',
      'Stale reading',
      'information-data',
      'Sync fails',
      'Old trend trusted',
      'Delay',
      '4',
      '3',
      '4',
      'Timestamp; IFU note',
      'inherent-safety; information-for-safety',
      '',
      '',
      '',
      '',
    ]);
  });

  it('uses one P column for a single-probability plan', () => {
    expect(exportFields('single')).toEqual([
      'hazard',
      'hazardCategory',
      'sequenceOfEvents',
      'situation',
      'harm',
      'p',
      's',
      'controls',
      'controlType',
      'residualP',
      'residualS',
      'benefitRisk',
    ]);
    expect(riskExportRows([{ ...ROW, initial: estimate(null, null, 2, 3), residual: estimate(null, null, 1, 3) }], 'single')[1]?.slice(6)).toEqual([
      '2',
      '3',
      'Timestamp; IFU note',
      'inherent-safety; information-for-safety',
      '1',
      '3',
      '',
    ]);
  });

  it('headers that the import maps back to every exported field unaided', () => {
    for (const mode of ['p1p2', 'single'] as const) {
      const [header] = riskExportRows([], mode);
      expect(Object.keys(proposeRiskMapping(header ?? [])).sort()).toEqual([...exportFields(mode)].sort());
    }
  });
});
