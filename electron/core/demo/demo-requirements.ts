import type { SoftwareNode } from '../../../shared/api/software-types';
import { CHECKLISTS } from '../../../shared/reviews/checklists';
import type { HandlerContext } from '../context';
import { DEMO_PASSWORD } from './demo-content';
import { member, signInAs } from './demo-documents';
import { MEASURING_REQUIREMENTS } from './demo-requirements-measuring';
import { CONNECTED_REQUIREMENTS } from './demo-requirements-connected';

/** BreathWise's software requirements as its team wrote them: what the app and portal shall do, and why. */
const REQUIREMENTS = [...MEASURING_REQUIREMENTS, ...CONNECTED_REQUIREMENTS];

function idsByName(nodes: SoftwareNode[], into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    into.set(node.name, node.id);
    idsByName(node.children, into);
  }
  return into;
}

/** The requirements of the sample device, allocated to its software items. */
export async function buildDemoRequirements(ctx: HandlerContext): Promise<void> {
  const ids = idsByName(await ctx.call('software.tree', {}));
  for (const { items, ...fields } of REQUIREMENTS) {
    await ctx.call('requirements.create', { ...fields, itemIds: items.map((name) => ids.get(name)).filter((id): id is number => id !== undefined) });
  }
}

/**
 * The requirements review, recorded once the risk area has added the requirement written from RC-12, so
 * every requirement the SRS holds was reviewed as it stands; by the reviewer, not the author who wrote them.
 */
export async function recordDemoRequirementsReview(ctx: HandlerContext): Promise<void> {
  const count = (await ctx.call('requirements.list', { limit: 1000 })).total;
  await signInAs(ctx, member('reviewer').email);
  await ctx.call('reviews.record', {
    kind: 'requirements',
    scope: `REQ-1 to REQ-${count}, release 1.0 baseline`,
    answers: CHECKLISTS.requirements.questions.map((q) => ({ question: q.key, answer: 'yes' as const, note: '' })),
    result: 'passed',
    findings: 'Complete, testable and traceable, including the requirement written from RC-12 during risk control.',
    password: DEMO_PASSWORD,
  });
  await signInAs(ctx, member('author').email);
}
