import type { InputOf } from '../../../shared/api/contract';
import type { HandlerContext } from '../context';
import { DEMO_PASSWORD, DEMO_TEAM } from './demo-content';

export function member(role: 'owner' | 'author' | 'reviewer' | 'approver') {
  const found = DEMO_TEAM.find((m) => m.role === role);
  if (!found) throw new Error(`The demo team has no ${role}.`);
  return found;
}

/** Signs in as the team member, unless the session already is theirs (a second sign-in proves nothing more). */
export async function signInAs(ctx: HandlerContext, email: string): Promise<number> {
  if (ctx.session.user?.email === email) return ctx.session.user.id;
  if (ctx.session.user) await ctx.call('session.signOut', {});
  const status = await ctx.call('session.signIn', { email, password: DEMO_PASSWORD });
  if (!status.user) throw new Error(`The demo could not sign in as ${email}.`);
  return status.user.id;
}

/** A draft version to approve, with the note its author gives when sending it for review. */
export interface DemoApproval {
  versionId: number;
  note: string;
}

/**
 * The author sends each version for review, then the reviewer and the approver each sign them all in one
 * sitting, as a team does before a release: one password re-entry per person gives every version its own
 * signature.
 */
export async function approveDemoVersions(ctx: HandlerContext, approvals: readonly DemoApproval[]): Promise<void> {
  const reviewerId = await idOfMember(ctx, 'reviewer');
  const approverId = await idOfMember(ctx, 'approver');
  await signInAs(ctx, member('author').email);
  for (const { versionId, note } of approvals) {
    await ctx.call('documents.sendForReview', { versionId, reviewers: [reviewerId], approvers: [approverId], changeNote: note, password: DEMO_PASSWORD });
  }
  for (const meaning of ['reviewed', 'approved'] as const) {
    await signInAs(ctx, member(meaning === 'reviewed' ? 'reviewer' : 'approver').email);
    await ctx.call('documents.signMany', { versionIds: approvals.map((a) => a.versionId), meaning, password: DEMO_PASSWORD });
  }
  await signInAs(ctx, member('author').email);
}

async function idOfMember(ctx: HandlerContext, role: 'reviewer' | 'approver'): Promise<number> {
  const team = await ctx.call('users.list', {});
  const found = team.find((u) => u.email === member(role).email);
  if (!found) throw new Error(`The demo team has no ${role} account.`);
  return found.id;
}

/** The documents release 1.0.0 rests on, each with the note its first issue went out with. */
const RELEASE_DOCUMENTS: { create: InputOf<'documents.create'>; note: string }[] = [
  { create: { type: 'project-summary' }, note: 'First issue: product, intended purpose and the team that signs the technical file.' },
  { create: { type: 'safety-classification' }, note: 'First issue: both software systems classified; the education viewer segregated as class A.' },
  { create: { type: 'sdp' }, note: 'First issue of the development plan BreathWise 1.0 was built under.' },
  { create: { type: 'srs' }, note: 'First issue after the requirements review of the 1.0 baseline.' },
  { create: { type: 'soup-list' }, note: 'SOUP of the 1.0.0 build, versions as locked in package-lock.json.' },
  { create: { type: 'sad' }, note: 'Architecture of 1.0.0, with the segregation of the education viewer.' },
  { create: { type: 'trace-matrix' }, note: 'Traceability of the 1.0.0 baseline.' },
  { create: { type: 'risk-plan' }, note: 'First issue of the risk management plan for release 1.x.' },
  { create: { type: 'risk-analysis' }, note: 'Risk analysis as at release 1.0.0.' },
  { create: { type: 'risk-report' }, note: 'Risk management report for the release of 1.0.0.' },
  { create: { type: 'test-plan' }, note: 'Test plan for 1.0.0.' },
  { create: { type: 'test-report', version: '1.0.0' }, note: 'Results of the 1.0.0 pipeline runs and release candidates 3 and 4.' },
];

/** Documents that follow the project as it moves on (audit extract, logs, compliance plan): drafts to explore. */
const LIVE_DRAFTS: InputOf<'documents.create'>[] = [
  { type: 'audit-extract', entity: 'user' },
  { type: 'compliance-plan' },
  { type: 'verification-records' },
  { type: 'problem-log' },
  { type: 'change-log' },
];

/** The documents of release 1.0.0, drafted by the author from the records and approved by the reviewer and the approver. */
export async function buildDemoDocuments(ctx: HandlerContext): Promise<void> {
  await signInAs(ctx, member('author').email);
  const approvals: DemoApproval[] = [];
  for (const { create, note } of RELEASE_DOCUMENTS) {
    const versionId = (await ctx.call('documents.create', create)).versions[0]?.id;
    if (versionId === undefined) throw new Error(`The demo ${create.type} has no first version.`);
    approvals.push({ versionId, note });
  }
  await approveDemoVersions(ctx, approvals);
}

/** The drafts a newcomer finds beside the approved set: what the records already fill. */
export async function buildDemoDrafts(ctx: HandlerContext): Promise<void> {
  await signInAs(ctx, member('author').email);
  for (const create of LIVE_DRAFTS) await ctx.call('documents.create', create);
}
