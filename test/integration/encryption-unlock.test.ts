import { createHash } from 'node:crypto';
import * as crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTrailer, writeTrailer } from '../../electron/core/projects/key-envelope';
import { UNTAGGED_SLOT_BYTES, encodeSlot, type KeySlot } from '../../electron/core/projects/key-slots';
import { THREE_MORE_MEMBERS } from '../support/team';
import { CoreFixture, OWNER } from './core-fixture';

// Counts scrypt derivations: the figure this file is about. Everything else of node:crypto is the real one.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, scryptSync: vi.fn(actual.scryptSync) };
});
const scryptCalls = () => vi.mocked(crypto.scryptSync).mock.calls.length;

/** Issue 15: from an encrypted file to a signed-in member costs one password derivation, whatever the team's size. */
const TEAM = THREE_MORE_MEMBERS;
/** The last of the four: an unlock that tried every slot would reach theirs last. */
const LAST = TEAM[2];

let f: CoreFixture;
beforeEach(() => {
  f = new CoreFixture();
});
afterEach(() => f.dispose());

/** A closed four-member project, opened again: locked until someone signs in. */
async function lockedTeamProject(): Promise<void> {
  await f.project();
  for (const member of TEAM) await f.ok('users.add', member);
  await f.ok('project.close', {});
  expect(await f.ok('project.open', { path: f.path() })).toEqual({ project: null, users: [] });
}

/** How many scrypt derivations `work` pays. */
async function derivations(work: () => Promise<unknown>): Promise<number> {
  const before = scryptCalls();
  await work();
  return scryptCalls() - before;
}

/** The envelope as Cairn wrote it before member tags (version 1), for the file's current slots. */
function untaggedEnvelope(slots: readonly KeySlot[]): Buffer {
  const head = Buffer.from([...Buffer.from('CAIRNKEY', 'latin1'), 1, 0, slots.length]);
  const body = Buffer.concat([head, ...slots.map((slot) => encodeSlot({ ...slot, memberTag: Buffer.alloc(16) }).subarray(0, UNTAGGED_SLOT_BYTES))]);
  const tail = Buffer.alloc(12);
  tail.writeUInt32BE(body.length + 16 + tail.length, 0);
  Buffer.from('CAIRNEND', 'latin1').copy(tail, 4);
  return Buffer.concat([body, createHash('sha256').update(body).digest().subarray(0, 16), tail]);
}

describe('unlocking and signing in with one derivation', () => {
  it('signs the last of four members in to a locked file with one scrypt, and refuses a wrong password after one', async () => {
    await lockedTeamProject();
    expect(await derivations(() => f.fails('session.signIn', { email: LAST.email, password: 'not-the-password' }))).toBe(1);
    // An address that is nobody's matches no slot: refused before any derivation.
    const stranger = await derivations(async () => expect((await f.fails('session.signIn', { email: 'eve@example.com', password: LAST.password })).code).toBe('wrong_password'));
    expect(stranger).toBe(0);
    const signIn = await derivations(async () => expect((await f.ok('session.signIn', { email: LAST.email, password: LAST.password })).user?.email).toBe(LAST.email));
    expect(signIn).toBe(1);
    expect((await f.ok('audit.list', { limit: 1 })).rows[0]).toMatchObject({ action: 'sign_in', method: 'session.signIn' });
  });

  it('still pays one derivation per sign-in once the file is open, as a plain file does', async () => {
    await lockedTeamProject();
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    await f.ok('session.signOut', {});
    expect(await derivations(() => f.ok('session.signIn', { email: LAST.email, password: LAST.password }))).toBe(1);
  });

  it('keeps member addresses out of the file: tags differ from project to project for the same address', async () => {
    await lockedTeamProject();
    const raw = readFileSync(f.path());
    for (const member of [OWNER, ...TEAM]) expect(raw.includes(member.email), member.email).toBe(false);
    const first = readTrailer(f.path())?.[0]?.memberTag;
    await f.ok('project.create', { path: f.path('second.cairn'), productName: 'Other Pump', manufacturer: 'Acme Medical', owner: OWNER });
    await f.ok('project.close', {});
    const second = readTrailer(f.path('second.cairn'))?.[0]?.memberTag;
    expect(first).toHaveLength(16);
    expect(second).toHaveLength(16);
    expect(first?.equals(second!)).toBe(false);
  });

  it('opens a file whose envelope predates tags by trying every slot, and gives it tags on that opening', async () => {
    await lockedTeamProject();
    const slots = readTrailer(f.path())!;
    expect(writeTrailer(f.path(), untaggedEnvelope(slots), 4096)).toBe(true);
    expect(readTrailer(f.path())?.every((slot) => slot.memberTag === null)).toBe(true);
    // The last member's slot is the fourth tried; their sign-in then needs no second derivation.
    expect(await derivations(() => f.ok('session.signIn', { email: LAST.email, password: LAST.password }))).toBe(4);
    await f.ok('project.close', {});
    expect(readTrailer(f.path())?.every((slot) => slot.memberTag?.length === 16)).toBe(true);
    await f.ok('project.open', { path: f.path() });
    expect(await derivations(() => f.ok('session.signIn', { email: LAST.email, password: LAST.password }))).toBe(1);
  });
});
