import { AUTHOR_ROLES } from '../../../shared/documents/workflow';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';

/** Writing records and documents is the authors' and owners' job; reviewers and approvers sign them. */
export function requireAuthor(ctx: HandlerContext, what: string): void {
  if (!AUTHOR_ROLES.includes(ctx.user.role)) throw new CairnError('forbidden', `Only an author or an owner can ${what}.`);
}
