import type { MethodName } from '../../shared/api/contract';
import type { DoorPlace, Step } from './door-scenarios';
import { withReadOnly } from './db-snapshot';
import { OWNER } from './team';

// Trace links, the gap report and the matrix. They run after the requirements, SOUP and risk scenarios
// (the script follows contract order), so requirement 2 and item 2 exist. The link the first step makes
// is looked up in the door's own project file: its id depends on how many links came before.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const REQ_2_TO_ITEM_2 = { from: { type: 'requirement', id: 2 }, to: { type: 'software_item', id: 2 } };

function linkId(place: DoorPlace): number {
  return withReadOnly(place.project, (db) =>
    Number(db.prepare("SELECT id FROM trace_link WHERE from_type = 'requirement' AND from_id = 2 AND to_type = 'software_item' AND to_id = 2").pluck().get() ?? 0),
  );
}

export const TRACE_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'trace.links': [ok(call('trace.links', {})), ok(call('trace.links', { ref: { type: 'requirement', id: 1 } })), fails(call('trace.links', { ref: { type: 'wish', id: 1 } }))],
  'trace.link': [
    ok(call('trace.link', REQ_2_TO_ITEM_2)),
    fails(call('trace.link', REQ_2_TO_ITEM_2)),
    fails(call('trace.link', { from: REQ_2_TO_ITEM_2.to, to: REQ_2_TO_ITEM_2.from })),
  ],
  'trace.review': [
    ok(call('trace.review', (p: DoorPlace) => ({ linkIds: [linkId(p)] }))),
    fails(call('trace.review', { linkIds: [999_999] })),
    fails(call('trace.review', { linkIds: [] })),
  ],
  'trace.gaps': [ok(call('trace.gaps', {}))],
  'trace.matrix': [ok(call('trace.matrix', {}))],
  'trace.exportXlsx': [ok(call('trace.exportXlsx', {})), fails(call('trace.exportXlsx', { sheet: 'SOUP' }))],
  'trace.unlink': [ok(call('trace.unlink', (p: DoorPlace) => ({ linkId: linkId(p) }))), fails(call('trace.unlink', { linkId: 999_999 }))],
};
