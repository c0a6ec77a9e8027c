import type { HandlerContext } from '../context';
import { DEMO_PASSWORD, DEMO_TEAM } from './demo-content';

function member(role: 'owner' | 'author' | 'reviewer' | 'approver') {
  const found = DEMO_TEAM.find((m) => m.role === role);
  if (!found) throw new Error(`The demo team has no ${role}.`);
  return found;
}

async function signInAs(ctx: HandlerContext, email: string): Promise<number> {
  if (ctx.session.user) await ctx.call('session.signOut', {});
  const status = await ctx.call('session.signIn', { email, password: DEMO_PASSWORD });
  if (!status.user) throw new Error(`The demo could not sign in as ${email}.`);
  return status.user.id;
}

/**
 * The sample's controlled documents, made the way a team would: the author drafts, a reviewer and an
 * approver sign with their passwords. An audit extract stays a draft so both states can be seen.
 */
export async function buildDemoDocuments(ctx: HandlerContext): Promise<void> {
  const author = member('author');
  const reviewerId = await signInAs(ctx, member('reviewer').email);
  const approverId = await signInAs(ctx, member('approver').email);
  await signInAs(ctx, author.email);
  await ctx.call('documents.create', { type: 'audit-extract', entity: 'user' });
  const summary = await ctx.call('documents.create', { type: 'project-summary' });
  const versionId = summary.versions[0]?.id;
  if (versionId === undefined) throw new Error('The demo project summary has no first version.');
  await ctx.call('documents.sendForReview', {
    versionId,
    reviewers: [reviewerId],
    approvers: [approverId],
    changeNote: 'First issue: product, manufacturer and the team that will sign the technical file.',
    password: DEMO_PASSWORD,
  });
  await signInAs(ctx, member('reviewer').email);
  await ctx.call('documents.sign', { versionId, meaning: 'reviewed', password: DEMO_PASSWORD });
  await signInAs(ctx, member('approver').email);
  await ctx.call('documents.sign', { versionId, meaning: 'approved', password: DEMO_PASSWORD });
  await signInAs(ctx, member('owner').email);
}
