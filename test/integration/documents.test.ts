import { openProjectDb } from '../support/project-db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../electron/core/documents/canonical';
import { CoreFixture, OWNER } from './core-fixture';

const PW = 'team-password-1';
const AL = { name: 'Al Author', email: 'al@example.com', role: 'author', password: PW } as const;
const RITA = { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: PW } as const;
const OTTO = { name: 'Otto Approver', email: 'otto@example.com', role: 'approver', password: PW } as const;

let f: CoreFixture;
let ids: Record<'al' | 'rita' | 'otto', number>;

async function as(email: string, password = PW) {
  await f.ok('session.signOut', {});
  await f.ok('session.signIn', { email, password });
}

beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  ids = {
    al: (await f.ok('users.add', AL)).id,
    rita: (await f.ok('users.add', RITA)).id,
    otto: (await f.ok('users.add', OTTO)).id,
  };
  await as(AL.email);
});
afterEach(() => f.dispose());

async function summaryDraft() {
  const detail = await f.ok('documents.create', { type: 'project-summary' });
  return { documentId: detail.id, versionId: detail.versions[0]!.id };
}

async function approveFirstVersion() {
  const { documentId, versionId } = await summaryDraft();
  await f.ok('documents.sendForReview', { versionId, reviewers: [ids.rita], approvers: [ids.otto], password: PW, changeNote: 'First issue' });
  await as(RITA.email);
  await f.ok('documents.sign', { versionId, meaning: 'reviewed', password: PW });
  await as(OTTO.email);
  return { documentId, versionId, detail: await f.ok('documents.sign', { versionId, meaning: 'approved', password: PW }) };
}

describe('review and approval', () => {
  it('runs draft → in review → approved with bound signatures', async () => {
    const { detail } = await approveFirstVersion();
    const v1 = detail.versions[0]!;
    expect(v1.state).toBe('approved');
    expect(v1.signatures.map((s) => [s.printedName, s.role, s.meaning])).toEqual([
      [AL.name, 'author', 'authored'],
      [RITA.name, 'reviewer', 'reviewed'],
      [OTTO.name, 'approver', 'approved'],
    ]);
    // Every signature binds the SHA-256 of exactly the content that was frozen for review.
    const db = openProjectDb(f.path());
    const frozen = db.prepare('SELECT content_json FROM document_version WHERE id = ?').pluck().get(v1.id) as string;
    db.close();
    const expected = sha256Hex(canonicalJson(JSON.parse(frozen)));
    expect(v1.contentSha256).toBe(expected);
    expect(v1.signatures.every((s) => s.contentSha256 === expected && s.matchesContent)).toBe(true);
    expect(detail.changedSinceApproved).toBe(false);
  });

  it('re-asks for the password at every signature and records nothing on a wrong one', async () => {
    const { versionId } = await summaryDraft();
    const before = await f.auditCount();
    expect(await f.fails('documents.sendForReview', { versionId, approvers: [ids.otto], password: 'wrong-password' })).toMatchObject({ code: 'wrong_password', field: 'password' });
    expect(await f.auditCount()).toBe(before);
    expect((await f.ok('documents.list', {}))[0]?.state).toBe('draft');
  });

  it('makes approval wait for reviews, and refuses people not named', async () => {
    const { versionId } = await summaryDraft();
    await f.ok('documents.sendForReview', { versionId, reviewers: [ids.rita], approvers: [ids.otto], password: PW });
    await as(OTTO.email);
    expect(await f.fails('documents.sign', { versionId, meaning: 'approved', password: PW })).toMatchObject({ code: 'conflict' });
    await as(OWNER.email, OWNER.password);
    expect(await f.fails('documents.sign', { versionId, meaning: 'reviewed', password: OWNER.password })).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a signature from someone deactivated after being named', async () => {
    const { versionId } = await summaryDraft();
    await f.ok('documents.sendForReview', { versionId, approvers: [ids.otto], password: PW });
    await as(OWNER.email, OWNER.password);
    await f.ok('users.deactivate', { userId: ids.otto });
    expect(await f.fails('session.signIn', { email: OTTO.email, password: PW })).toMatchObject({ code: 'forbidden' });
    expect(await f.fails('documents.sendForReview', { versionId, approvers: [ids.otto], password: OWNER.password })).toMatchObject({ code: 'conflict' });
  });

  it('lets a solo founder approve their own document only after acknowledging it', async () => {
    await as(OWNER.email, OWNER.password);
    const { versionId } = await summaryDraft();
    await f.ok('documents.sendForReview', { versionId, approvers: [1], password: OWNER.password });
    expect(await f.fails('documents.sign', { versionId, meaning: 'approved', password: OWNER.password })).toMatchObject({ code: 'conflict', field: 'acknowledgeSelfApproval' });
    const detail = await f.ok('documents.sign', { versionId, meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true });
    expect(detail.versions[0]?.state).toBe('approved');
    expect(detail.versions[0]?.signatures.find((s) => s.meaning === 'approved')?.selfApproval).toBe(true);
  });

  it('returns a version to draft; the next round needs new signatures', async () => {
    const { versionId } = await summaryDraft();
    await f.ok('documents.sendForReview', { versionId, reviewers: [ids.rita], approvers: [ids.otto], password: PW });
    await as(RITA.email);
    await f.ok('documents.sign', { versionId, meaning: 'reviewed', password: PW });
    const back = await f.ok('documents.returnToDraft', { versionId, reason: 'Team table incomplete' });
    expect(back.versions[0]).toMatchObject({ state: 'draft', reviewRound: 1 });
    expect(back.versions[0]?.signatures.every((s) => !s.current)).toBe(true);
    await as(AL.email);
    const again = await f.ok('documents.sendForReview', { versionId, reviewers: [ids.rita], approvers: [ids.otto], password: PW });
    expect(again.versions[0]).toMatchObject({ state: 'in_review', reviewRound: 2 });
    expect(again.versions[0]?.participants.find((p) => p.duty === 'reviewer')?.signed).toBe(false);
  });
});

describe('signing several versions at once', () => {
  async function twoInReview() {
    const summary = await summaryDraft();
    const extract = (await f.ok('documents.create', { type: 'audit-extract', to: '2026-01-01T00:00:00Z' })).versions[0]!.id;
    for (const versionId of [summary.versionId, extract]) {
      await f.ok('documents.sendForReview', { versionId, reviewers: [ids.rita], approvers: [ids.otto], password: PW });
    }
    return [summary.versionId, extract];
  }

  it('gives each version its own signature after one password re-entry, and approves them', async () => {
    const versionIds = await twoInReview();
    await as(RITA.email);
    await f.ok('documents.signMany', { versionIds, meaning: 'reviewed', password: PW });
    await as(OTTO.email);
    const { signed } = await f.ok('documents.signMany', { versionIds, meaning: 'approved', password: PW });
    expect(signed).toEqual(['PROJECT-SUMMARY v1', 'AUDIT-2026-01-01 v1']);
    const listed = await f.ok('documents.list', {});
    expect(listed.filter((d) => d.state === 'approved').map((d) => d.approvals.map((a) => `${a.meaning}:${a.name}`))).toEqual([
      ['authored:Al Author', 'reviewed:Rita Reviewer', 'approved:Otto Approver'],
      ['authored:Al Author', 'reviewed:Rita Reviewer', 'approved:Otto Approver'],
    ]);
  });

  it('signs none when one cannot be signed or the password is wrong', async () => {
    const versionIds = await twoInReview();
    await as(OTTO.email);
    // The approver cannot approve before the reviewer has reviewed: the whole batch is refused, naming the first.
    expect(await f.fails('documents.signMany', { versionIds, meaning: 'approved', password: PW })).toMatchObject({ field: 'versionIds.0' });
    await as(RITA.email);
    expect((await f.fails('documents.signMany', { versionIds, meaning: 'reviewed', password: 'wrong-password' })).code).toBe('wrong_password');
    expect((await f.fails('documents.signMany', { versionIds: [versionIds[0]!, versionIds[0]!], meaning: 'reviewed', password: PW })).field).toBe('versionIds');
    const listed = await f.ok('documents.list', {});
    expect(listed.flatMap((d) => d.approvals.map((a) => a.meaning))).toEqual(['authored', 'authored']);
  });
});

describe('drift', () => {
  it("starts a new draft with a change summary when an approved document's records change", async () => {
    const { documentId } = await approveFirstVersion();
    await as(OWNER.email, OWNER.password);
    await f.ok('users.add', { name: 'Nina New', email: 'nina@example.com', role: 'author', password: PW });
    const detail = await f.ok('documents.get', { documentId });
    expect(detail.changedSinceApproved).toBe(true);
    expect(detail.changesSinceApproved?.added.map((r) => r.label).join()).toMatch(/Nina New/);
    expect(detail.versions.map((v) => [v.version, v.state])).toEqual([
      [1, 'approved'],
      [2, 'draft'],
    ]);
    expect(detail.versions[1]?.changeSummary?.added.length).toBe(1);
    expect(detail.versions[0]?.signatures.every((s) => !s.matchesContent)).toBe(true);
    const { rows } = await f.ok('audit.list', { filter: { entity: 'document_version', action: 'create' } });
    expect(rows[0]?.summary).toMatch(/PROJECT-SUMMARY v2 started as a draft: .*1 record added/);
  });

  // The auditor's case: two unrelated documents were created and the summary printed "changed since approval".
  it('never marks a document whose content did not change, whatever else changes', async () => {
    const { documentId } = await approveFirstVersion();
    await as(AL.email);
    const srs = await f.ok('documents.create', { type: 'srs' });
    await f.ok('documents.create', { type: 'trace-matrix' });
    await f.ok('requirements.create', { text: 'The pump shows the infusion rate.' });
    await f.ok('documents.sendForReview', { versionId: srs.versions[0]!.id, approvers: [ids.otto], password: PW });
    const detail = await f.ok('documents.get', { documentId });
    expect(detail.changedSinceApproved).toBe(false);
    expect(detail.live.sha256).toBe(detail.versions[0]?.contentSha256);
    expect(detail.versions.map((v) => [v.version, v.state])).toEqual([[1, 'approved']]);
    expect(detail.versions[0]?.signatures.every((s) => s.matchesContent)).toBe(true);
    const listed = (await f.ok('documents.list', {})).find((d) => d.id === documentId);
    expect(listed?.changedSinceApproved).toBe(false);
  });

  it('obsoletes the old version when the new one is approved', async () => {
    const { documentId } = await approveFirstVersion();
    await as(OWNER.email, OWNER.password);
    await f.ok('project.update', { productName: 'Infusion Pump II' });
    const v2 = (await f.ok('documents.get', { documentId })).versions[1]!;
    await as(AL.email);
    await f.ok('documents.sendForReview', { versionId: v2.id, approvers: [ids.otto], password: PW });
    await as(OTTO.email);
    const detail = await f.ok('documents.sign', { versionId: v2.id, meaning: 'approved', password: PW });
    expect(detail.versions.map((v) => v.state)).toEqual(['obsolete', 'approved']);
    expect(detail.changedSinceApproved).toBe(false);
  });
});

describe('document creation', () => {
  it('keeps one project summary and makes audit extracts over closed periods', async () => {
    await summaryDraft();
    expect(await f.fails('documents.create', { type: 'project-summary' })).toMatchObject({ code: 'conflict' });
    const extract = await f.ok('documents.create', { type: 'audit-extract', entity: 'user' });
    expect(extract.docKey).toMatch(/^AUDIT-\d{4}-\d{2}-\d{2}$/);
    expect(extract.params.to).toEqual(expect.any(String));
    expect(extract.live.content.orientation).toBe('landscape');
    await as(RITA.email);
    expect(await f.fails('documents.create', { type: 'project-summary' })).toMatchObject({ code: 'forbidden' });
  });
});
