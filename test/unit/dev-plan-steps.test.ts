import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '../../shared/dev-plan/plan-facts';
import { devPlanView, type SavedStep } from '../../shared/dev-plan/plan-view';
import { DEV_PLAN_STEPS, stepRequired, type DevPlanStepId } from '../../shared/dev-plan/steps';

const FACTS: PlanFacts = {
  productName: 'Nimbus Glucose Coach',
  manufacturer: 'Fjord Digital Health AS',
  softwareForm: 'samd',
  hardwareDevice: '',
  markets: 'eu',
  projectClass: 'B',
  systems: [{ humanId: 'SYS-001', name: 'Coach app', safetyClass: 'B', classified: true }],
  team: [
    { name: 'Ingrid Solberg', role: 'owner' },
    { name: 'Tariq Haddad', role: 'author' },
    { name: 'Mei Chen', role: 'reviewer' },
  ],
  counts: { requirements: null, soup: null },
};

const required = (cls: 'A' | 'B' | 'C') => DEV_PLAN_STEPS.filter((s) => stepRequired(s, cls)).map((s) => s.id);

describe('development plan steps per class', () => {
  it('asks class A for the plan core, problem resolution and maintenance only', () => {
    expect(required('A')).toEqual([
      'team',
      'lifecycle',
      'deliverables',
      'plan-updates',
      'system-coordination',
      'verification',
      'risk',
      'documentation',
      'configuration',
      'problem-resolution',
      'maintenance',
    ]);
  });

  it('adds integration, supporting items, control before verification and common defects for class B', () => {
    const added = required('B').filter((id) => !required('A').includes(id));
    expect(added).toEqual(['integration', 'supporting-items', 'control-before-verification', 'common-defects']);
  });

  it('asks class C for every step, standards and tools included', () => {
    expect(required('C')).toEqual(DEV_PLAN_STEPS.map((s) => s.id));
    expect(required('B')).not.toContain('standards-tools');
  });
});

describe('drafts', () => {
  it('name the product, the manufacturer and the team in the team step', () => {
    const text = DEV_PLAN_STEPS[0]?.draft(FACTS) ?? '';
    expect(text).toContain('Fjord Digital Health AS develops Nimbus Glucose Coach, standalone software');
    expect(text).toContain('- Tariq Haddad (author): writes requirements');
    expect(text).toContain('Ingrid Solberg answers for this plan');
    expect(text).toContain('No approver is named yet');
  });

  it('follow the class: architecture and integration appear for B, detailed design only for C', () => {
    const lifecycle = DEV_PLAN_STEPS.find((s) => s.id === 'lifecycle');
    const forB = lifecycle?.draft(FACTS) ?? '';
    expect(forB).toContain('class B: SYS-001 Coach app (class B)');
    expect(forB).toContain('architectural design (5.3)');
    expect(forB).not.toContain('detailed design');
    const forA = lifecycle?.draft({ ...FACTS, projectClass: 'A' }) ?? '';
    expect(forA).not.toContain('architectural design');
    expect(lifecycle?.draft({ ...FACTS, projectClass: 'C' })).toContain('detailed design of each unit');
  });

  it('mention record counts only when the areas hold records, and the market rules in maintenance', () => {
    const deliverables = DEV_PLAN_STEPS.find((s) => s.id === 'deliverables');
    expect(deliverables?.draft(FACTS)).not.toContain('holds');
    expect(deliverables?.draft({ ...FACTS, counts: { requirements: 42, soup: 1 } })).toContain('the project holds 42 software requirements and 1 SOUP item.');
    const maintenance = DEV_PLAN_STEPS.find((s) => s.id === 'maintenance');
    expect(maintenance?.draft(FACTS)).toContain('EU MDR vigilance');
    expect(maintenance?.draft({ ...FACTS, markets: 'us' })).toContain('21 CFR 803');
    expect(maintenance?.draft(FACTS)).toMatch(/SOUP: .*obsolete|no longer supported/);
  });

  it('describe in-device software with its hardware in the coordination step', () => {
    const step = DEV_PLAN_STEPS.find((s) => s.id === 'system-coordination');
    expect(step?.draft({ ...FACTS, softwareForm: 'in-device', hardwareDevice: 'the Nimbus CGM reader' })).toContain('developed together with the Nimbus CGM reader');
  });
});

describe('plan view', () => {
  const saved = (text: string, generated: boolean): SavedStep => ({ text, generated, done: false, revision: 1, updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'Tariq Haddad' });

  it('marks required empty steps missing and tells a draft from an edit and an outdated draft', () => {
    const team = DEV_PLAN_STEPS[0]?.draft(FACTS) ?? '';
    const steps = new Map<DevPlanStepId, SavedStep>([
      ['team', saved(team, true)],
      ['lifecycle', saved('Our own words.', false)],
      ['risk', saved('An older draft.', true)],
    ]);
    const view = devPlanView(steps, FACTS, 'Class B.');
    const state = (id: DevPlanStepId) => view.steps.find((s) => s.id === id);
    expect(state('team')?.state).toBe('generated');
    expect(state('lifecycle')?.state).toBe('edited');
    expect(state('risk')?.state).toBe('generated-outdated');
    expect(state('integration')).toMatchObject({ state: 'empty', required: true, missing: true });
    expect(state('standards-tools')).toMatchObject({ state: 'empty', required: false, missing: false });
    expect(view.progress).toEqual({ required: 15, requiredDone: 0, missing: 12, written: 3 });
  });
});
