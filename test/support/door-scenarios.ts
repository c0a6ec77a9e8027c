import { join } from 'node:path';
import type { MethodName } from '../../shared/api/contract';
import { CLASSIFICATION_SCENARIOS } from './door-scenarios-classification';
import { DEV_PLAN_SCENARIOS } from './door-scenarios-dev-plan';
import { QMS_SCENARIOS } from './door-scenarios-qms';
import { RELEASES_SCENARIOS } from './door-scenarios-releases';
import { REQUIREMENTS_SCENARIOS } from './door-scenarios-requirements';
import { REVIEWS_SCENARIOS } from './door-scenarios-reviews';
import { RISK_SCENARIOS } from './door-scenarios-risk';
import { ARCHITECTURE_SCENARIOS } from './door-scenarios-architecture';
import { SOUP_SCENARIOS } from './door-scenarios-soup';
import { TESTS_SCENARIOS } from './door-scenarios-tests';
import { TRACE_SCENARIOS } from './door-scenarios-trace';
import { PROBLEMS_SCENARIOS } from './door-scenarios-problems';
import { CHANGES_SCENARIOS } from './door-scenarios-changes';
import { PRODUCT_SCENARIOS } from './door-scenarios-product';
import { TECHNICAL_FILE_SCENARIOS } from './door-scenarios-technical-file';
import type { DoorCall } from './doors';
import { plainProjectIn, recoverableProjectIn } from './encryption-fixtures';
import { COMPANY_P12 } from './pkcs12';
import { createInput, OWNER, REVIEWER } from './team';

/** A door's own folder and project file: steps build their inputs from them. */
export interface DoorPlace {
  dir: string;
  project: string;
}

export interface Step extends Omit<DoorCall, 'input'> {
  input: unknown | ((place: DoorPlace) => unknown);
  /** Whether the step is meant to succeed; a scenario that never succeeds proves little. */
  expectOk: boolean;
}

const owner = { email: OWNER.email, password: OWNER.password };
const reviewer = { email: REVIEWER.email, password: REVIEWER.password };
const AUTHOR = { name: 'Ada Author', email: 'ada@example.com', role: 'author', password: 'author-password-1' } as const;
/** Ids follow from SETUP: the owner is 1, the reviewer 2, and users.add's author 3. */
const AUTHOR_ID = 3;
const REVIEWER_ID = 2;

const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });

/** Run first through every door: the project and a second member the scenarios rely on. */
export const SETUP: Step[] = [
  ok({ method: 'project.create', file: false, input: (p: DoorPlace) => createInput(p.project) }),
  ok({ method: 'users.add', file: true, as: owner, input: { ...REVIEWER, role: 'reviewer' } }),
];

/**
 * The document engine's methods. Exports embed issue times and generated keys are random: the
 * normaliser masks exactly those (digests, file bytes), so everything else must still be equal.
 */
const author = { email: AUTHOR.email, password: AUTHOR.password };
const DOCUMENT_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'documents.list': [ok({ method: 'documents.list', file: true, as: owner, input: {} })],
  'documents.get': [
    ok({ method: 'documents.create', file: true, as: owner, input: { type: 'project-summary' } }),
    ok({ method: 'documents.get', file: true, as: owner, input: { documentId: 1 } }),
    fails({ method: 'documents.get', file: true, as: owner, input: { documentId: 99 } }),
  ],
  'documents.create': [
    fails({ method: 'documents.create', file: true, as: owner, input: { type: 'project-summary' } }),
    ok({ method: 'documents.create', file: true, as: owner, input: { type: 'audit-extract', to: '2026-01-01T00:00:00Z' } }),
  ],
  'documents.sendForReview': [
    fails({ method: 'documents.sendForReview', file: true, as: owner, input: { versionId: 1, approvers: [1], password: 'not-the-password' } }),
    fails({ method: 'documents.sendForReview', file: true, as: owner, input: { versionId: 1, approvers: [AUTHOR_ID], password: OWNER.password } }),
    ok({ method: 'documents.sendForReview', file: true, as: owner, input: { versionId: 1, approvers: [1], password: OWNER.password, changeNote: 'First issue' } }),
  ],
  'documents.sign': [
    fails({ method: 'documents.sign', file: true, as: owner, input: { versionId: 1, meaning: 'approved', password: OWNER.password } }),
    ok({ method: 'documents.sign', file: true, as: owner, input: { versionId: 1, meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true } }),
  ],
  'documents.returnToDraft': [
    fails({ method: 'documents.returnToDraft', file: true, as: owner, input: { versionId: 1, reason: 'Approved already' } }),
    ok({ method: 'documents.sendForReview', file: true, as: owner, input: { versionId: 2, approvers: [1], password: OWNER.password } }),
    ok({ method: 'documents.returnToDraft', file: true, as: owner, input: { versionId: 2, reason: 'Wrong period' } }),
  ],
  'documents.startRevision': [
    // The approved project summary is unchanged (approving other documents no longer drifts it), so a
    // revision starts once; a second one is refused while that draft exists.
    ok({ method: 'documents.startRevision', file: true, as: owner, input: { documentId: 1 } }),
    fails({ method: 'documents.startRevision', file: true, as: owner, input: { documentId: 1 } }),
    ok({ method: 'documents.sendForReview', file: true, as: owner, input: { versionId: 2, approvers: [1], password: OWNER.password } }),
    ok({ method: 'documents.sign', file: true, as: owner, input: { versionId: 2, meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true } }),
    ok({ method: 'documents.startRevision', file: true, as: owner, input: { documentId: 2 } }),
    fails({ method: 'documents.startRevision', file: true, as: owner, input: { documentId: 2 } }),
  ],
  'documents.signMany': [
    // Two documents of its own (versions 3 and 4), so the later scenarios find versions 1 and 2 as they left
    // them; neither prints audit times, which differ between doors by now.
    ok({ method: 'documents.create', file: true, as: owner, input: { type: 'srs' } }),
    ok({ method: 'documents.create', file: true, as: owner, input: { type: 'soup-list' } }),
    fails({ method: 'documents.signMany', file: true, as: owner, input: { versionIds: [3, 4], meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true } }),
    ok({ method: 'documents.sendForReview', file: true, as: owner, input: { versionId: 3, approvers: [1], password: OWNER.password } }),
    ok({ method: 'documents.sendForReview', file: true, as: owner, input: { versionId: 4, approvers: [1], password: OWNER.password } }),
    fails({ method: 'documents.signMany', file: true, as: owner, input: { versionIds: [3, 3], meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true } }),
    ok({ method: 'documents.signMany', file: true, as: owner, input: { versionIds: [3, 4], meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true } }),
  ],
  'documents.exportPdf': [
    ok({ method: 'documents.exportPdf', file: true, as: owner, input: { documentId: 1, version: 1 } }),
    fails({ method: 'documents.exportPdf', file: true, as: owner, input: { documentId: 99 } }),
    fails({ method: 'documents.exportPdf', file: true, as: owner, input: { documentId: 1, sign: true } }),
    fails({ method: 'documents.exportPdf', file: true, as: author, input: { documentId: 1, sign: true, password: AUTHOR.password } }),
  ],
  'documents.exportTechnicalFile': [
    ok({ method: 'documents.exportTechnicalFile', file: true, as: owner, input: {} }),
    fails({ method: 'documents.exportTechnicalFile', file: true, as: owner, input: { sign: true } }),
  ],
  'documents.verifyPdf': [
    ok({ method: 'documents.verifyPdf', file: false, input: { base64: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64') } }),
    fails({ method: 'documents.verifyPdf', file: false, input: { base64: 'not base64!' } }),
  ],
  'jobs.cancel': [ok({ method: 'jobs.cancel', file: true, as: owner, input: { method: 'documents.exportPdf' } })],
  'keys.mine': [ok({ method: 'keys.mine', file: true, as: owner, input: {} })],
  'keys.generate': [
    fails({ method: 'keys.generate', file: true, as: owner, input: { password: 'not-the-password' } }),
    ok({ method: 'keys.generate', file: true, as: owner, input: { password: OWNER.password } }),
  ],
  'keys.importPkcs12': [
    fails({ method: 'keys.importPkcs12', file: true, as: owner, input: { p12Base64: 'AAAA', p12Password: 'x', password: OWNER.password } }),
    ok({ method: 'keys.importPkcs12', file: true, as: owner, input: { p12Base64: COMPANY_P12.p12Base64, p12Password: COMPANY_P12.password, password: OWNER.password } }),
  ],
  'trust.list': [ok({ method: 'trust.list', file: true, as: owner, input: {} })],
  'trust.add': [
    fails({ method: 'trust.add', file: true, as: owner, input: { certificatePem: 'not a certificate', password: OWNER.password } }),
    fails({ method: 'trust.add', file: true, as: owner, input: { certificatePem: COMPANY_P12.certificatePem, password: 'not-the-password' } }),
    fails({ method: 'trust.add', file: true, as: author, input: { certificatePem: COMPANY_P12.certificatePem, password: OWNER.password } }),
    ok({ method: 'trust.add', file: true, as: owner, input: { certificatePem: COMPANY_P12.certificatePem, note: 'Company CA', password: OWNER.password } }),
  ],
  'trust.remove': [ok({ method: 'trust.remove', file: true, as: owner, input: { id: 2 } }), fails({ method: 'trust.remove', file: true, as: owner, input: { id: 99 } })],
};

/** The product profile, software tree, classification, plan and regulatory helpers. */

/**
 * A success and, where the method has one, a typical refusal for each method. Run in contract order,
 * so later steps see earlier ones' effects (users.add before users.deactivate, and so on).
 */
export const SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'app.status': [ok({ method: 'app.status', file: false, input: {} }), ok({ method: 'app.status', file: true, as: owner, input: {} })],
  'recent.list': [ok({ method: 'recent.list', file: false, input: {} })],
  'recent.forget': [
    ok({ method: 'recent.forget', file: false, input: (p: DoorPlace) => ({ path: p.project }) }),
    fails({ method: 'recent.forget', file: false, input: { path: '' } }),
  ],
  'project.create': [
    ok({ method: 'project.create', file: false, input: (p: DoorPlace) => createInput(join(p.dir, 'second.cairn'), 'Second Pump') }),
    fails({ method: 'project.create', file: false, input: (p: DoorPlace) => createInput(p.project) }),
    fails({ method: 'project.create', file: false, input: (p: DoorPlace) => createInput(join(p.dir, 'no-such-folder', 'x.cairn')) }),
  ],
  'project.createDemo': [
    ok({ method: 'project.createDemo', file: false, input: (p: DoorPlace) => ({ path: join(p.dir, 'demo.cairn') }) }),
    fails({ method: 'project.createDemo', file: false, input: (p: DoorPlace) => ({ path: join(p.dir, 'demo.cairn') }) }),
  ],
  'project.open': [
    ok({ method: 'project.open', file: false, input: (p: DoorPlace) => ({ path: p.project }) }),
    fails({ method: 'project.open', file: false, input: (p: DoorPlace) => ({ path: join(p.dir, 'nowhere.cairn') }) }),
  ],
  'project.unlockWithRecoveryKey': [
    fails({ method: 'project.unlockWithRecoveryKey', file: false, input: (p: DoorPlace) => ({ path: recoverableProjectIn(p.dir).path, recoveryKey: 'AAAA-BBBB' }) }),
    fails({ method: 'project.unlockWithRecoveryKey', file: false, input: (p: DoorPlace) => ({ path: recoverableProjectIn(p.dir).path, recoveryKey: 'A'.repeat(52) }) }),
    ok({ method: 'project.unlockWithRecoveryKey', file: false, input: (p: DoorPlace) => recoverableProjectIn(p.dir) }),
  ],
  'project.encrypt': [
    fails({ method: 'project.encrypt', file: false, input: (p: DoorPlace) => ({ path: plainProjectIn(p.dir), email: OWNER.email, password: 'not-the-password' }) }),
    fails({ method: 'project.encrypt', file: false, input: (p: DoorPlace) => ({ path: p.project, ...owner }) }),
    ok({ method: 'project.encrypt', file: false, input: (p: DoorPlace) => ({ path: plainProjectIn(p.dir), ...owner }) }),
  ],
  'project.close': [ok({ method: 'project.close', file: true, as: owner, input: {} }), fails({ method: 'project.close', file: false, input: {} })],
  'session.signIn': [
    ok({ method: 'session.signIn', file: true, input: owner }),
    fails({ method: 'session.signIn', file: true, input: { email: OWNER.email, password: 'not-the-password' } }),
    fails({ method: 'session.signIn', file: false, input: owner }),
  ],
  'session.signOut': [ok({ method: 'session.signOut', file: true, as: owner, input: {} }), fails({ method: 'session.signOut', file: true, input: {} })],
  'project.summary': [ok({ method: 'project.summary', file: true, as: reviewer, input: {} }), fails({ method: 'project.summary', file: true, input: {} })],
  'project.update': [
    ok({ method: 'project.update', file: true, as: owner, input: { productName: 'Renamed Pump', manufacturer: "O'Brien & Søn" } }),
    fails({ method: 'project.update', file: true, as: owner, input: {} }),
    fails({ method: 'project.update', file: true, as: reviewer, input: { productName: 'Not Mine' } }),
  ],
  'project.backup': [
    ok({ method: 'project.backup', file: true, as: reviewer, input: (p: DoorPlace) => ({ dest: join(p.dir, 'backup.cairn') }) }),
    fails({ method: 'project.backup', file: true, as: reviewer, input: (p: DoorPlace) => ({ dest: join(p.dir, 'backup.cairn') }) }),
    fails({ method: 'project.backup', file: true, input: (p: DoorPlace) => ({ dest: join(p.dir, 'backup-2.cairn') }) }),
  ],
  'users.list': [ok({ method: 'users.list', file: true, as: reviewer, input: {} })],
  'users.add': [
    ok({ method: 'users.add', file: true, as: owner, input: AUTHOR }),
    fails({ method: 'users.add', file: true, as: owner, input: { ...AUTHOR, email: 'ADA@example.com' } }),
    fails({ method: 'users.add', file: true, as: reviewer, input: { ...AUTHOR, email: 'other@example.com' } }),
  ],
  'users.deactivate': [
    ok({ method: 'users.deactivate', file: true, as: owner, input: { userId: AUTHOR_ID } }),
    fails({ method: 'users.deactivate', file: true, as: owner, input: { userId: AUTHOR_ID } }),
    fails({ method: 'users.deactivate', file: true, as: owner, input: { userId: 1 } }),
  ],
  'users.reactivate': [
    ok({ method: 'users.reactivate', file: true, as: owner, input: { userId: AUTHOR_ID } }),
    fails({ method: 'users.reactivate', file: true, as: owner, input: { userId: AUTHOR_ID } }),
    fails({ method: 'users.reactivate', file: true, as: owner, input: { userId: 99 } }),
  ],
  'users.changeRole': [
    ok({ method: 'users.changeRole', file: true, as: owner, input: { userId: REVIEWER_ID, role: 'approver' } }),
    fails({ method: 'users.changeRole', file: true, as: owner, input: { userId: REVIEWER_ID, role: 'approver' } }),
  ],
  'users.changePassword': [
    fails({ method: 'users.changePassword', file: true, as: owner, input: { currentPassword: 'not-the-password', newPassword: 'whatever-password-1' } }),
    ok({ method: 'users.changePassword', file: true, as: reviewer, input: { currentPassword: REVIEWER.password, newPassword: 'reviewer-password-2' } }),
  ],
  'audit.list': [
    // The whole trail, oldest first: equal across doors means every door wrote the same rows.
    ok({ method: 'audit.list', file: true, as: owner, input: { limit: 1000, sort: { column: 'seq', dir: 'asc' } } }),
    ok({ method: 'audit.list', file: true, as: owner, input: { filter: { action: 'deactivate' } } }),
    fails({ method: 'audit.list', file: true, as: owner, input: { limit: 0 } }),
  ],
  'audit.facets': [ok({ method: 'audit.facets', file: true, as: owner, input: {} })],
  // Issue 15: the door's project is encrypted, so reading its trail takes a member's password (a sign-in here).
  'audit.verify': [ok({ method: 'audit.verify', file: true, as: owner, input: {} })],
  // The first ask starts the background check, so every door sees it running with nothing walked yet.
  'audit.integrityStatus': [fails({ method: 'audit.integrityStatus', file: true, input: {} }), ok({ method: 'audit.integrityStatus', file: true, as: owner, input: {} })],
  'session.candidates': [ok({ method: 'session.candidates', file: true, input: {} }), fails({ method: 'session.candidates', file: false, input: {} })],
  ...DOCUMENT_SCENARIOS,
  ...PRODUCT_SCENARIOS,
  ...CLASSIFICATION_SCENARIOS,
  ...DEV_PLAN_SCENARIOS,
  ...REQUIREMENTS_SCENARIOS,
  ...ARCHITECTURE_SCENARIOS,
  ...SOUP_SCENARIOS,
  ...QMS_SCENARIOS,
  ...TRACE_SCENARIOS,
  ...TESTS_SCENARIOS,
  ...RISK_SCENARIOS,
  ...REVIEWS_SCENARIOS,
  ...RELEASES_SCENARIOS,
  ...PROBLEMS_SCENARIOS,
  ...CHANGES_SCENARIOS,
  ...TECHNICAL_FILE_SCENARIOS,
};

/** A method no contract has: every door must answer it the same way. */
export const UNKNOWN_METHOD: Step = fails({ method: 'project.drop', file: true, as: owner, input: {} });
