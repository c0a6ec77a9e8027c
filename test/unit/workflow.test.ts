import { describe, expect, it } from 'vitest';
import { checkReviewRequest, checkSignature, isFullyApproved, type Person, type VersionFacts } from '../../shared/documents/workflow';
import { summariseChanges } from '../../shared/documents/content';

const person = (id: number, role: Person['role'], active = true): Person => ({ id, name: `P${id}`, role, active });
const author = person(1, 'author');
const reviewer = person(2, 'reviewer');
const approver = person(3, 'approver');
const owner = person(4, 'owner');

const inReview = (over: Partial<VersionFacts> = {}): VersionFacts => ({
  state: 'in_review',
  authorId: 1,
  participants: [
    { userId: 2, duty: 'reviewer' },
    { userId: 3, duty: 'approver' },
  ],
  signatures: [{ userId: 1, meaning: 'authored' }],
  ...over,
});

describe('checkReviewRequest', () => {
  it('accepts an author with a reviewer and an approver', () => {
    expect(checkReviewRequest(author, [reviewer], [approver])).toEqual({ ok: true, selfApproval: false });
  });
  it('needs an author or owner to send', () => {
    expect(checkReviewRequest(reviewer, [], [approver])).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkReviewRequest(owner, [], [approver])).toMatchObject({ ok: true });
  });
  it('needs at least one approver', () => {
    expect(checkReviewRequest(author, [reviewer], [])).toMatchObject({ ok: false, field: 'approvers' });
  });
  it('refuses roles that cannot take the duty', () => {
    expect(checkReviewRequest(author, [person(5, 'author')], [approver])).toMatchObject({ ok: false, field: 'reviewers' });
    expect(checkReviewRequest(author, [], [reviewer])).toMatchObject({ ok: false, field: 'approvers', message: 'P2 is a reviewer and cannot act as approver.' });
  });
  it('refuses deactivated people', () => {
    expect(checkReviewRequest(author, [], [person(3, 'approver', false)])).toMatchObject({ ok: false, code: 'conflict' });
  });
  it('refuses an author reviewing their own document, flags self-approval', () => {
    expect(checkReviewRequest(owner, [owner], [approver])).toMatchObject({ ok: false, field: 'reviewers' });
    expect(checkReviewRequest(owner, [], [owner])).toEqual({ ok: true, selfApproval: true });
  });
});

describe('checkSignature', () => {
  it('lets a named reviewer review', () => {
    expect(checkSignature(inReview(), reviewer, 'reviewed', false)).toEqual({ ok: true, selfApproval: false });
  });
  it('refuses people not named for the duty', () => {
    expect(checkSignature(inReview(), owner, 'approved', false)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkSignature(inReview(), approver, 'reviewed', false)).toMatchObject({ ok: false, code: 'forbidden' });
  });
  it('makes approval wait for every reviewer', () => {
    expect(checkSignature(inReview(), approver, 'approved', false)).toMatchObject({ ok: false, code: 'conflict' });
    const reviewed = inReview({
      signatures: [
        { userId: 1, meaning: 'authored' },
        { userId: 2, meaning: 'reviewed' },
      ],
    });
    expect(checkSignature(reviewed, approver, 'approved', false)).toEqual({ ok: true, selfApproval: false });
  });
  it('refuses signing twice, signing drafts, and deactivated signers', () => {
    const reviewed = inReview({ signatures: [{ userId: 2, meaning: 'reviewed' }] });
    expect(checkSignature(reviewed, reviewer, 'reviewed', false)).toMatchObject({ ok: false, code: 'conflict' });
    expect(checkSignature(inReview({ state: 'draft' }), reviewer, 'reviewed', false)).toMatchObject({ ok: false, code: 'conflict' });
    expect(checkSignature(inReview(), person(2, 'reviewer', false), 'reviewed', false)).toMatchObject({ ok: false, code: 'forbidden' });
  });
  it('refuses a role that lost its authority since being named', () => {
    expect(checkSignature(inReview({ signatures: [], participants: [{ userId: 3, duty: 'approver' }] }), person(3, 'author'), 'approved', false)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });
  it('asks a solo founder to acknowledge self-approval', () => {
    const solo = inReview({ authorId: 4, participants: [{ userId: 4, duty: 'approver' }], signatures: [{ userId: 4, meaning: 'authored' }] });
    expect(checkSignature(solo, owner, 'approved', false)).toMatchObject({ ok: false, field: 'acknowledgeSelfApproval' });
    expect(checkSignature(solo, owner, 'approved', true)).toEqual({ ok: true, selfApproval: true });
  });
});

describe('isFullyApproved', () => {
  it('needs every approver', () => {
    const two = inReview({
      participants: [
        { userId: 3, duty: 'approver' },
        { userId: 4, duty: 'approver' },
      ],
    });
    expect(isFullyApproved({ ...two, signatures: [{ userId: 3, meaning: 'approved' }] })).toBe(false);
    expect(
      isFullyApproved({
        ...two,
        signatures: [
          { userId: 3, meaning: 'approved' },
          { userId: 4, meaning: 'approved' },
        ],
      }),
    ).toBe(true);
    expect(isFullyApproved(inReview({ participants: [] }))).toBe(false);
  });
});

describe('summariseChanges', () => {
  it('lists added, changed and removed records by key', () => {
    const before = [
      { key: 'a', kind: 'K', label: 'A', digest: '1' },
      { key: 'b', kind: 'K', label: 'B', digest: '2' },
    ];
    const after = [
      { key: 'b', kind: 'K', label: 'B2', digest: '3' },
      { key: 'c', kind: 'K', label: 'C', digest: '4' },
    ];
    expect(summariseChanges(before, after)).toEqual({
      added: [{ key: 'c', kind: 'K', label: 'C' }],
      changed: [{ key: 'b', kind: 'K', label: 'B2' }],
      removed: [{ key: 'a', kind: 'K', label: 'A' }],
    });
  });
});
