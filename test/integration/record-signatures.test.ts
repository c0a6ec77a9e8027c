import { openProjectDb } from '../support/project-db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { questionsFor } from '../../shared/reviews/checklists';
import { CoreFixture, OWNER } from './core-fixture';

// The e-signature module for records (electron/core/signatures), exercised through the review records
// that use it: Part 11 asks that a signature needs the password, shows who/role/meaning/when, cannot be
// altered, and stops covering a record that changed.

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const answers = questionsFor('requirements', null).map((q) => ({ question: q.key, answer: 'yes' as const }));
const record = (password: string) => ({ kind: 'requirements' as const, scope: 'SRS draft 2', answers, result: 'passed' as const, password });

/** A second connection to the project file, as someone editing it outside Cairn would open it. */
function outside(f: CoreFixture) {
  return openProjectDb(f.path());
}

describe('record signatures', () => {
  it('records nothing at all when the password is wrong', async () => {
    const before = await f.auditCount();
    expect(await f.fails('reviews.record', record('not-my-password'))).toMatchObject({ code: 'wrong_password', field: 'password' });
    expect(await f.auditCount()).toBe(before);
    expect(await f.ok('reviews.list', {})).toEqual([]);
    const db = outside(f);
    expect(db.prepare('SELECT COUNT(*) FROM record_signature').pluck().get()).toBe(0);
    db.close();
  });

  it('names the signer, their role, the meaning and the UTC time, bound to a content hash', async () => {
    const signed = await f.ok('reviews.record', record(OWNER.password));
    expect(signed.signatures).toEqual([
      {
        id: 1,
        entityType: 'review_record',
        entityId: signed.id,
        meaning: 'reviewed',
        signerId: 1,
        signerName: 'Ada Owner',
        signerRole: 'owner',
        signedAt: signed.recordedAt,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        current: true,
      },
    ]);
  });

  it('refuses to update or delete a signature row', async () => {
    await f.ok('reviews.record', record(OWNER.password));
    const db = outside(f);
    expect(() => db.prepare("UPDATE record_signature SET signer_name = 'Mallory'").run()).toThrow(/signatures are permanent/);
    expect(() => db.prepare('DELETE FROM record_signature').run()).toThrow(/signatures are permanent/);
    db.close();
    expect((await f.ok('reviews.list', {}))[0]?.signatures[0]?.signerName).toBe('Ada Owner');
  });

  it('shows a signature as no longer current once the record differs from what was signed', async () => {
    await f.ok('reviews.record', record(OWNER.password));
    const db = outside(f);
    db.prepare("UPDATE review_record SET findings = 'Quietly added after signing'").run();
    db.close();
    const [review] = await f.ok('reviews.list', {});
    expect(review?.findings).toBe('Quietly added after signing');
    expect(review?.signatures.map((s) => s.current)).toEqual([false]);
  });
});
