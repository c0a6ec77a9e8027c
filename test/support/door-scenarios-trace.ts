import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// Trace links, the gap report and the matrix. They run after the requirements scenarios, whose first
// step allocated REQ-1 to ITEM-002: that is link 1, the first link the project ever made.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const REQ_2_TO_ITEM_2 = { from: { type: 'requirement', id: 2 }, to: { type: 'software_item', id: 2 } };

export const TRACE_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'trace.links': [ok(call('trace.links', {})), ok(call('trace.links', { ref: { type: 'requirement', id: 1 } })), fails(call('trace.links', { ref: { type: 'wish', id: 1 } }))],
  'trace.link': [
    ok(call('trace.link', REQ_2_TO_ITEM_2)),
    fails(call('trace.link', REQ_2_TO_ITEM_2)),
    fails(call('trace.link', { from: REQ_2_TO_ITEM_2.to, to: REQ_2_TO_ITEM_2.from })),
  ],
  'trace.review': [ok(call('trace.review', { linkIds: [1] })), fails(call('trace.review', { linkIds: [999] })), fails(call('trace.review', { linkIds: [] }))],
  'trace.gaps': [ok(call('trace.gaps', {}))],
  'trace.matrix': [ok(call('trace.matrix', {}))],
  'trace.unlink': [ok(call('trace.unlink', { linkId: 1 })), fails(call('trace.unlink', { linkId: 1 }))],
};
