import { describe, expect, it } from 'vitest';
import { emptyFacts, type CheckFacts, type SystemFacts } from '../../shared/check/facts';
import { runCheck } from '../../shared/check/run-check';
import { classBelowSeverity, externalControlInsideSystem } from '../../shared/check/rules/classification-rules';
import { exclusionClaimed } from '../../shared/check/rules/qms-rules';
import { citedIds, unresolvedReference } from '../../shared/check/rules/reference-rules';

const facts = (over: Partial<CheckFacts>): CheckFacts => ({ ...emptyFacts(), ...over });

function system(over: Partial<SystemFacts> = {}): SystemFacts {
  return {
    humanId: 'SYS-001',
    name: 'Mobile app',
    class: 'B',
    situations: [{ humanId: 'HS-1', harm: 'non-serious', severityName: 'Minor (S2)' }],
    credited: [],
    ...over,
  };
}

describe('external-control-inside-system', () => {
  it('flags a credited control that a requirement of the same system implements', () => {
    const credited = [{ label: 'Alarm', riskControl: 'RC-4', placement: 'in-this-system' as const, reason: 'Implemented inside this system by REQ-9.' }];
    const found = externalControlInsideSystem.run(facts({ systems: [system({ credited })] }));
    expect(found).toHaveLength(1);
    expect(found[0]?.records).toEqual(['SYS-001', 'RC-4']);
    expect(found[0]?.message).toContain('REQ-9');
  });

  it('accepts controls that run elsewhere and free-text controls', () => {
    const credited = [
      { label: 'Portal check', riskControl: 'RC-6', placement: 'external' as const, reason: 'Implemented only in SYS-002.' },
      { label: 'Action plan', riskControl: null, placement: null, reason: '' },
    ];
    expect(externalControlInsideSystem.run(facts({ systems: [system({ credited })] }))).toEqual([]);
  });
});

describe('class-below-severity', () => {
  const severe = [{ humanId: 'HS-3', harm: 'serious' as const, severityName: 'Critical (S4)' }];

  it('flags class B over a serious-harm situation with only a free-text control credited', () => {
    const found = classBelowSeverity.run(
      facts({ systems: [system({ situations: severe, credited: [{ label: 'Action plan', riskControl: null, placement: null, reason: '' }] })] }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.records).toEqual(['SYS-001', 'HS-3']);
    expect(found[0]?.message).toContain('not in the risk file');
  });

  it('accepts the lower class when an external control from the risk file is credited', () => {
    const credited = [{ label: 'Action plan', riskControl: 'RC-13', placement: 'external' as const, reason: 'No software requirement implements it.' }];
    expect(classBelowSeverity.run(facts({ systems: [system({ situations: severe, credited })] }))).toEqual([]);
  });

  it('accepts a class that matches the worst harm, and an unclassified system', () => {
    expect(classBelowSeverity.run(facts({ systems: [system({ class: 'C', situations: severe }), system({ class: null, situations: severe })] }))).toEqual([]);
    expect(classBelowSeverity.run(facts({ systems: [system()] }))).toEqual([]);
  });
});

describe('unresolved-reference', () => {
  it('finds record and document IDs in prose', () => {
    expect(citedIds('See REQ-12 and the plan RMP-001; complaints under SOP-CMP-01, SHA-256 and IEC 62304.')).toEqual(['REQ-12', 'RMP-001', 'SOP-CMP-01']);
  });

  it('flags a citation of a record that does not exist, naming every text that cites it', () => {
    const found = unresolvedReference.run(
      facts({
        texts: [
          { record: 'SDP', text: 'Under SOP-CMP-01.' },
          { record: 'CR-001', text: 'Per SOP-CMP-01 and REQ-1.' },
        ],
        knownIds: ['REQ-1', 'SDP', 'CR-001'],
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.records).toEqual(['SOP-CMP-01', 'SDP', 'CR-001']);
  });

  it('accepts citations that resolve', () => {
    expect(unresolvedReference.run(facts({ texts: [{ record: 'SDP', text: 'Complaints under SOP-FBK; REQ-1 covers it.' }], knownIds: ['REQ-1', 'SOP-FBK'] }))).toEqual([]);
  });
});

describe('qms-exclusion-claimed', () => {
  it('flags a procedure that answers a clause declared not applicable', () => {
    const found = exclusionClaimed.run(
      facts({ qmsOutOfScope: [{ clause: '7.6', status: 'not_applicable' }], procedureClaims: [{ docKey: 'SOP-VAL', clauses: ['4.1.6', '7.6'] }] }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('7.6');
    expect(found[0]?.message).toContain('not applicable');
  });

  it('accepts procedures that answer only clauses in scope', () => {
    expect(exclusionClaimed.run(facts({ qmsOutOfScope: [{ clause: '7.6', status: 'not_applicable' }], procedureClaims: [{ docKey: 'SOP-VAL', clauses: ['4.1.6'] }] }))).toEqual([]);
  });
});

describe('runCheck', () => {
  it('puts errors before warnings and counts both; an empty project has no findings', () => {
    expect(runCheck(emptyFacts())).toEqual({ findings: [], errors: 0, warnings: 0 });
    const report = runCheck(
      facts({
        problems: [{ humanId: 'PR-1', source: 'customer', foundInVersion: '2.0.0', affectsSafety: true, vigilanceText: 'Not reportable.' }],
      }),
    );
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['marketed-version-without-release', 'error'],
      ['field-action-not-reportable', 'warning'],
    ]);
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(1);
    expect(report.findings[0]).toMatchObject({ clause: 'IEC 62304 5.8; 6.2.1', home: 'releases', records: ['PR-1', '2.0.0'] });
  });
});
