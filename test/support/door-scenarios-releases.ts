import type { MethodName } from '../../shared/api/contract';
import type { DoorPlace, Step } from './door-scenarios';
import { withReadOnly } from './db-snapshot';
import { OWNER } from './team';

// Releases through every door. The project is class C by now (the classification scenarios), with open
// trace gaps and unapproved documents, so approval is refused first; the sign scenario then classifies the
// system as class A and marks every live requirement as verified by inspection, which leaves a class A
// release whose manual parts are filled in ready to sign and release. The version is one no test run uses.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const V1 = '1.0.0-doors';
const V2 = '1.1.0-doors';
const SHA = '0123456789abcdef'.repeat(4);

const liveRequirements = (place: DoorPlace): number[] =>
  withReadOnly(place.project, (db) => db.prepare("SELECT id FROM requirement WHERE status <> 'obsolete' ORDER BY id").pluck().all() as number[]);

export const RELEASES_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'releases.list': [ok(call('releases.list', {}))],
  'releases.get': [
    ok(call('releases.create', { version: V1, title: 'Doors release' })),
    ok(call('releases.get', { version: V1 })),
    fails(call('releases.get', { version: '8.8.8' })),
  ],
  'releases.check': [ok(call('releases.check', { version: V1 })), fails(call('releases.check', { version: 'no spaces allowed' }))],
  'releases.create': [fails(call('releases.create', { version: V1 })), ok(call('releases.create', { version: V2 }))],
  'releases.update': [
    ok(
      call('releases.update', {
        id: 1,
        buildProcedure: 'npm ci && npm run dist',
        buildEnvironment: 'Node 20, Debian 12',
        delivery: 'Signed installer on the portal',
        archiveLocation: 'Vault, folder releases',
        confirmations: { 'delivery-verified': { confirmed: true, note: 'Compared the SHA-256 after download' } },
      }),
    ),
    fails(call('releases.update', { id: 1 })),
  ],
  'releases.addArtefact': [
    ok(call('releases.addArtefact', { id: 1, name: 'pump.msi', sha256: SHA, sizeBytes: 2048 })),
    fails(call('releases.addArtefact', { id: 1, name: 'x.zip', sha256: 'zz', sizeBytes: 1 })),
  ],
  'releases.removeArtefact': [
    ok(call('releases.addArtefact', { id: 1, name: 'notes.txt', sha256: SHA, sizeBytes: 10 })),
    ok(call('releases.removeArtefact', { id: 1, artefactId: 2 })),
    fails(call('releases.removeArtefact', { id: 1, artefactId: 2 })),
  ],
  'releases.sign': [
    fails(call('releases.sign', { id: 1, password: OWNER.password })),
    ok(call('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } })),
    ok(call('requirements.bulkUpdate', (p: DoorPlace) => ({ ids: liveRequirements(p), set: { verificationMethod: 'inspection' } }))),
    ok(call('releases.sign', { id: 1, password: OWNER.password })),
  ],
  'releases.release': [fails(call('releases.release', { id: 2 })), ok(call('releases.release', { id: 1 })), fails(call('releases.release', { id: 1 }))],
  'releases.baselineDiff': [ok(call('releases.baselineDiff', { from: V1, to: V1 })), fails(call('releases.baselineDiff', { from: V1, to: V2 }))],
  'releases.configurationItems': [ok(call('releases.configurationItems', {}))],
};
