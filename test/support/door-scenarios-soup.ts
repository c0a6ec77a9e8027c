import type { MethodName } from '../../shared/api/contract';
import { parseSoupFile } from '../../shared/soup/detect';
import { previewImport } from '../../electron/core/soup/soup-import';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// SOUP list. Runs after the product scenarios, which leave system 1 with items 2 and 3. The import
// goes first so SOUP-001… are the three packages of LOCK; the token is the one a preview of LOCK
// against an empty list gives, which every door must reproduce.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const LOCK = JSON.stringify({
  name: 'door-app',
  lockfileVersion: 3,
  packages: {
    '': { name: 'door-app', dependencies: { axios: '^1.6.0' } },
    'node_modules/axios': { version: '1.6.2', license: 'MIT' },
    'node_modules/follow-redirects': { version: '1.15.3', license: 'MIT' },
    'node_modules/form-data': { version: '4.0.0', license: 'MIT' },
  },
});
const SOURCE = 'door/package-lock.json';
const TOKEN = previewImport(parseSoupFile(LOCK), [], SOURCE).preview.token;

export const SOUP_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'soup.previewImport': [
    ok(call('soup.previewImport', { content: LOCK, source: SOURCE })),
    fails(call('soup.previewImport', { content: '{"lockfileVersion": 3,', source: SOURCE })),
  ],
  'soup.applyImport': [
    ok(call('soup.applyImport', { content: LOCK, source: SOURCE, token: TOKEN })),
    fails(call('soup.applyImport', { content: LOCK, source: SOURCE, token: TOKEN })),
  ],
  'soup.list': [ok(call('soup.list', {})), ok(call('soup.list', { includeRemoved: true }))],
  'soup.exportXlsx': [ok(call('soup.exportXlsx', {})), fails(call('soup.exportXlsx', { includeRemoved: true }))],
  'soup.get': [ok(call('soup.get', { id: 1 })), fails(call('soup.get', { id: 99 }))],
  'soup.add': [
    ok(call('soup.add', { name: 'SQLCipher', ecosystem: 'c', version: '4.5.6', supplier: 'Zetetic LLC', website: 'https://www.zetetic.net/sqlcipher/' })),
    fails(call('soup.add', { name: 'x', ecosystem: 'c', version: '1', website: 'ftp://x' })),
  ],
  'soup.update': [
    ok(
      call('soup.update', {
        id: 1,
        purpose: 'HTTP client for the cloud sync.',
        anomalyReview: 'No open issue affects our use.',
        anomalyReviewedAt: '2026-01-05',
        riskLevel: 'low',
      }),
    ),
    fails(call('soup.update', { id: 1, purpose: 'HTTP client for the cloud sync.' })),
  ],
  'soup.setItems': [ok(call('soup.setItems', { id: 1, itemIds: [2, 3] })), fails(call('soup.setItems', { id: 1, itemIds: [99] }))],
  'soup.remove': [ok(call('soup.remove', { id: 3 })), fails(call('soup.remove', { id: 3 }))],
};
