import type { HandlerContext } from '../context';
import { DEMO_PASSWORD, DEMO_TEAM } from './demo-content';

export function member(role: 'owner' | 'author' | 'reviewer' | 'approver') {
  const found = DEMO_TEAM.find((m) => m.role === role);
  if (!found) throw new Error(`The demo team has no ${role}.`);
  return found;
}

export async function signInAs(ctx: HandlerContext, email: string): Promise<number> {
  if (ctx.session.user) await ctx.call('session.signOut', {});
  const status = await ctx.call('session.signIn', { email, password: DEMO_PASSWORD });
  if (!status.user) throw new Error(`The demo could not sign in as ${email}.`);
  return status.user.id;
}

/**
 * The sample's records and controlled documents, made the way a team would: the author records the
 * product and drafts the documents, a reviewer and an approver sign with their passwords. The audit
 * extract, the compliance plan and the lifecycle documents stay drafts so both states can be seen.
 */
export async function buildDemoDocuments(ctx: HandlerContext, writeRecords: () => Promise<void>): Promise<void> {
  const author = member('author');
  // Still signed in as the owner who created the project: look the signers up rather than sign in as them.
  const team = await ctx.call('users.list', {});
  const idOf = (email: string) => team.find((u) => u.email === email)?.id ?? 0;
  const reviewerId = idOf(member('reviewer').email);
  const approverId = idOf(member('approver').email);
  await signInAs(ctx, author.email);
  await writeRecords();
  await ctx.call('documents.create', { type: 'audit-extract', entity: 'user' });
  // The lifecycle records as drafts: a newcomer sees each document the records already fill.
  const drafts = ['compliance-plan', 'sdp', 'soup-list', 'sad', 'trace-matrix', 'risk-plan', 'risk-analysis', 'risk-report', 'verification-records', 'test-plan', 'problem-log', 'change-log'] as const;
  for (const type of drafts) await ctx.call('documents.create', { type });
  // Release 1.0.0 is still being prepared: its test report and known anomalies exist as drafts to read.
  await ctx.call('documents.create', { type: 'test-report', version: '1.0.0' });
  await ctx.call('documents.create', { type: 'known-anomalies', version: '1.0.0' });
  const toApprove = [
    { type: 'srs' as const, note: 'First issue after the requirements review; acceptance criteria for REQ-29 and REQ-31 follow before design freeze.' },
    { type: 'safety-classification' as const, note: 'First issue: both software systems classified; the education viewer segregated as class A.' },
    { type: 'project-summary' as const, note: 'First issue: product, intended purpose and the team that will sign the technical file.' },
  ];
  // One after the other: the project summary lists the other documents' states, so it is written last.
  for (const { type, note } of toApprove) {
    await signInAs(ctx, author.email);
    const created = await ctx.call('documents.create', { type });
    const versionId = created.versions[0]?.id;
    if (versionId === undefined) throw new Error(`The demo ${type} has no first version.`);
    await ctx.call('documents.sendForReview', { versionId, reviewers: [reviewerId], approvers: [approverId], changeNote: note, password: DEMO_PASSWORD });
    await signInAs(ctx, member('reviewer').email);
    await ctx.call('documents.sign', { versionId, meaning: 'reviewed', password: DEMO_PASSWORD });
    await signInAs(ctx, member('approver').email);
    await ctx.call('documents.sign', { versionId, meaning: 'approved', password: DEMO_PASSWORD });
  }
  await signInAs(ctx, member('owner').email);
}
