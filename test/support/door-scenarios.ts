import { join } from 'node:path';
import type { MethodName } from '../../shared/api/contract';
import type { DoorCall } from './doors';
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
    ok({ method: 'project.backup', file: true, input: (p: DoorPlace) => ({ dest: join(p.dir, 'backup.cairn') }) }),
    fails({ method: 'project.backup', file: true, input: (p: DoorPlace) => ({ dest: join(p.dir, 'backup.cairn') }) }),
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
  'audit.verify': [ok({ method: 'audit.verify', file: true, input: {} })],
};

/** A method no contract has: every door must answer it the same way. */
export const UNKNOWN_METHOD: Step = fails({ method: 'project.drop', file: true, as: owner, input: {} });
