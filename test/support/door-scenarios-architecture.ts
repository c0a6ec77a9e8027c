import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// Architecture and detailed design. They run after the product scenarios, which leave class C system 1
// with items 2 ("Dose engine") and 3 ("Log viewer", lowered to class A), and software id 4 used up.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const MOTOR = { name: 'Motor commands', from: { kind: 'software', id: 2 }, to: { kind: 'external', name: 'Motor driver board' }, protocol: 'SPI', direction: 'one-way' };

export const ARCHITECTURE_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'architecture.get': [ok(call('architecture.get', {}))],
  'architecture.diagram': [ok(call('architecture.diagram', {}))],
  'architecture.addInterface': [
    ok(call('architecture.addInterface', MOTOR)),
    ok(call('architecture.addInterface', { name: 'Log feed', from: { kind: 'software', id: 2 }, to: { kind: 'software', id: 3 }, direction: 'one-way' })),
    fails(call('architecture.addInterface', { ...MOTOR, from: { kind: 'software', id: 1 }, to: { kind: 'software', id: 2 } })),
    fails(call('architecture.addInterface', { ...MOTOR, to: { kind: 'soup', id: 99 } })),
  ],
  'architecture.updateInterface': [
    ok(call('architecture.updateInterface', { id: 1, protocol: 'SPI at 1 MHz', direction: 'two-way' })),
    fails(call('architecture.updateInterface', { id: 1, protocol: 'SPI at 1 MHz' })),
    fails(call('architecture.updateInterface', { id: 99, name: 'Ghost' })),
  ],
  'architecture.removeInterface': [ok(call('architecture.removeInterface', { id: 2 })), fails(call('architecture.removeInterface', { id: 2 }))],
  'architecture.setSegregation': [
    fails(call('architecture.setSegregation', { itemId: 3, measure: 'Separate process', effectiveness: '' })),
    ok(call('architecture.setSegregation', { itemId: 3, measure: 'Separate process', effectiveness: 'Sandbox profile, isolation test' })),
  ],
  'architecture.setUnitDesign': [
    ok(call('software.add', { parentId: 2, kind: 'unit', name: 'Rate limiter' })),
    ok(call('architecture.setUnitDesign', { unitId: 5, design: 'Clamps the rate to the prescribed limit.', interfaces: 'In: rate. Out: clamped rate.' })),
    fails(call('architecture.setUnitDesign', { unitId: 2, design: 'Items are not units.' })),
  ],
};
