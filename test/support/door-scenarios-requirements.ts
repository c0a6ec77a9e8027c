import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// Requirements (the verification checklists have door-scenarios-reviews.ts). They run after the product
// scenarios, which leave system 1 with items 2 ("Dose engine") and 3 ("Log viewer").

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const CSV = Buffer.from('\uFEFFID,Title,Text,Type,Software item\r\nSRS-1,Flow,"Sample flow at 100 Hz, ""no gaps""",performance,ITEM-001\r\n', 'utf8').toString('base64');
const CSV_MAPPING = { humanId: 'ID', title: 'Title', text: 'Text', type: 'Type', items: 'Software item' };

export const REQUIREMENTS_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'requirements.list': [
    ok(call('requirements.create', { title: 'FEV1', text: 'Compute FEV1 from each manoeuvre.', itemIds: [2] })),
    ok(call('requirements.list', { sort: { column: 'humanId', dir: 'desc' }, filter: { itemId: 2 } })),
    fails(call('requirements.list', { sort: { column: 'text', dir: 'asc' } })),
  ],
  'requirements.get': [ok(call('requirements.get', { id: 1 })), fails(call('requirements.get', { id: 99 }))],
  'requirements.overview': [ok(call('requirements.overview', {}))],
  'requirements.create': [
    ok(call('requirements.create', { text: 'Alert the clinician on a decline.', type: 'alarm', source: 'risk-control', sourceRef: 'HAZ-1' })),
    fails(call('requirements.create', { text: '   ' })),
    fails(call('requirements.create', { text: 'x', itemIds: [99] })),
  ],
  'requirements.update': [
    ok(call('requirements.update', { id: 2, acceptanceCriteria: 'Alert within 15 minutes.', verificationMethod: 'test' })),
    fails(call('requirements.update', { id: 2, verificationMethod: 'test' })),
  ],
  'requirements.bulkUpdate': [ok(call('requirements.bulkUpdate', { ids: [1, 2], set: { status: 'approved' } })), fails(call('requirements.bulkUpdate', { ids: [1, 2], set: {} }))],
  'requirements.remove': [ok(call('requirements.create', { text: 'Scratch' })), ok(call('requirements.remove', { id: 3 })), fails(call('requirements.remove', { id: 3 }))],
  'requirements.linkItem': [ok(call('requirements.linkItem', { id: 2, itemId: 3 })), fails(call('requirements.linkItem', { id: 2, itemId: 3 }))],
  'requirements.unlinkItem': [ok(call('requirements.unlinkItem', { id: 2, itemId: 3 })), fails(call('requirements.unlinkItem', { id: 2, itemId: 3 }))],
  'requirements.previewImport': [
    ok(call('requirements.previewImport', { fileName: 'srs.csv', base64: CSV })),
    fails(call('requirements.previewImport', { fileName: 'srs.reqif', base64: Buffer.from('<REQ-IF><broken>').toString('base64') })),
  ],
  'requirements.import': [
    ok(call('requirements.import', { fileName: 'srs.csv', base64: CSV, mapping: CSV_MAPPING })),
    ok(call('requirements.import', { fileName: 'srs.csv', base64: CSV, mapping: CSV_MAPPING })),
    fails(call('requirements.import', { fileName: 'srs.csv', base64: CSV, mapping: { title: 'Title' } })),
  ],
  'requirements.export': [
    ok(call('requirements.export', { format: 'csv' })),
    ok(call('requirements.export', { format: 'reqif' })),
    fails(call('requirements.export', { format: 'docx' })),
  ],
};
