import type { RequirementStatus } from '../requirements/fields';

/**
 * Which of a requirement's links an edit makes suspect. A link is suspect when something already rests on
 * it and one end has moved underneath. While a requirement is a draft, its unreviewed links are still being
 * drawn: nobody has relied on them, so editing the draft leaves them alone. Once the requirement has left
 * draft (approved, implemented, verified, obsolete), or once someone has reviewed a link, every edit makes
 * that link suspect until it is looked at again.
 */
export type SuspectScope = 'every-link' | 'reviewed-links';

export function suspectScopeOfEdit(statusBefore: RequirementStatus | (string & {})): SuspectScope {
  return statusBefore === ('draft' satisfies RequirementStatus) ? 'reviewed-links' : 'every-link';
}
