import { describe, expect, it } from 'vitest';
import { placeControl } from '../../shared/regulatory/control-placement';
import { checkExternalControls, checkSituations } from '../../shared/regulatory/external-controls';
import { WORST_HARM_OF, worstOf, worstSeverityBySituation } from '../../shared/regulatory/severity-hint';
import type { SeverityLevel } from '../../shared/risk/scales';

const PUMP = { id: 1, humanId: 'SYS-001' };
const MONITOR = { id: 5, humanId: 'SYS-005' };

describe('where a risk control runs, seen from one software system', () => {
  it('counts a control no requirement implements as outside the software', () => {
    expect(placeControl(1, []).placement).toBe('external');
  });

  it('refuses a control with any requirement inside the system, even if others sit elsewhere', () => {
    const placed = placeControl(1, [
      { humanId: 'REQ-2', systems: [MONITOR] },
      { humanId: 'REQ-7', systems: [PUMP] },
    ]);
    expect(placed).toEqual({ placement: 'in-this-system', reason: expect.stringContaining('by REQ-7') });
  });

  it('cannot place a control while one of its requirements is allocated nowhere', () => {
    const placed = placeControl(1, [
      { humanId: 'REQ-2', systems: [MONITOR] },
      { humanId: 'REQ-3', systems: [] },
    ]);
    expect(placed.placement).toBe('unplaced');
    expect(placed.reason).toMatch(/^REQ-3 is not allocated/);
  });

  it('credits a control implemented only in other systems, naming them once', () => {
    const placed = placeControl(1, [
      { humanId: 'REQ-2', systems: [MONITOR, MONITOR] },
      { humanId: 'REQ-4', systems: [MONITOR] },
    ]);
    expect(placed.placement).toBe('external');
    expect(placed.reason).toMatch(/only in SYS-005, a separate/);
  });
});

describe('the worst severity hint', () => {
  const SEVERITY: SeverityLevel[] = [
    { name: 'Negligible', definition: '', harm: 'none' },
    { name: 'Minor', definition: '', harm: 'non-serious' },
    { name: 'Critical', definition: '', harm: 'serious' },
    { name: 'Catastrophic', definition: '', harm: 'death' },
  ];
  const chain = (humanId: string, situationId: number, s: number) => ({ humanId, situationId, s, harm: { humanId: `HARM-${s}`, name: `Harm ${s}` } });

  it('keeps the highest initial severity per situation, the first chain on a tie, and skips levels off the scale', () => {
    const worst = worstSeverityBySituation([chain('RISK-1', 1, 2), chain('RISK-2', 1, 3), chain('RISK-3', 1, 3), chain('RISK-4', 2, 1), chain('RISK-5', 2, 9)], SEVERITY);
    expect(worst.get(1)).toEqual({ level: 3, levelName: 'Critical', harm: 'serious', harmHumanId: 'HARM-3', harmName: 'Harm 3', chainHumanId: 'RISK-2' });
    expect(worst.get(2)?.chainHumanId).toBe('RISK-4');
    expect(worst.has(3)).toBe(false);
  });

  it('takes the worst over the picked situations and maps it to the 62304 answer', () => {
    const worst = worstSeverityBySituation([chain('RISK-1', 1, 2), chain('RISK-2', 2, 4)], SEVERITY);
    expect(worstOf([worst.get(1), null, worst.get(2)])?.level).toBe(4);
    expect(worstOf([undefined, null])).toBeNull();
    expect(WORST_HARM_OF[worst.get(2)?.harm ?? 'none']).toBe('death');
  });
});

describe('controls and situations against the answers', () => {
  const credited = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true } as const;

  it('takes a risk file control without words of its own, but still asks why it is independent', () => {
    expect(checkExternalControls(credited, [{ riskControlId: 3, control: '', independence: 'Own processor.' }]).ok).toBe(true);
    expect(checkExternalControls(credited, [{ riskControlId: 3, control: '', independence: ' ' }])).toMatchObject({ problem: { field: 'externalControls.0.independence' } });
    expect(checkExternalControls(credited, [{ control: ' ', independence: 'x' }])).toMatchObject({ problem: { field: 'externalControls.0.control' } });
  });

  it('refuses the same risk file control credited twice, on any path', () => {
    const twice = [
      { riskControlId: 3, control: '', independence: 'a' },
      { riskControlId: 3, control: '', independence: 'b' },
    ];
    expect(checkExternalControls({ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'death' }, twice)).toMatchObject({
      problem: { field: 'externalControls.1.riskControlId' },
    });
  });

  it('refuses situations picked for software that cannot contribute, and a situation picked twice', () => {
    expect(checkSituations({ contributesToHazardousSituation: false }, [4])).toMatchObject({ problem: { field: 'situationIds' } });
    expect(checkSituations(credited, [4, 4])).toMatchObject({ problem: { field: 'situationIds' } });
    expect(checkSituations({ contributesToHazardousSituation: false }, []).ok).toBe(true);
    expect(checkSituations(credited, [4, 5]).ok).toBe(true);
  });
});
