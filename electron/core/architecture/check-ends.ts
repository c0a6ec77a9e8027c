import type { InterfaceEnd } from '../../../shared/api/architecture-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import { CairnError } from '../errors';
import type { SoupEnd } from './soup-ends';

const sameEnd = (a: InterfaceEnd, b: InterfaceEnd) =>
  a.kind === b.kind && (a.kind === 'external' ? a.name.toLowerCase() === (b as { name: string }).name.toLowerCase() : a.id === (b as { id: number }).id);

function checkEnd(end: InterfaceEnd, field: string, nodes: Map<number, SoftwareNode>, soup: Map<number, SoupEnd>): void {
  if (end.kind === 'software' && !nodes.has(end.id)) throw new CairnError('not_found', `There is no software system, item or unit with id ${end.id}.`, `${field}.id`);
  if (end.kind === 'soup') {
    const found = soup.get(end.id);
    if (!found) throw new CairnError('not_found', `There is no SOUP item with id ${end.id} in the SOUP list.`, `${field}.id`);
    if (found.removed) throw new CairnError('invalid_input', `${found.humanId} ${found.name} has been taken out of use; an interface cannot point at it.`, `${field}.id`);
  }
}

/** Is `inner` the node `outer` or somewhere below it? */
function within(inner: SoftwareNode, outer: SoftwareNode, nodes: Map<number, SoftwareNode>): boolean {
  for (let n: SoftwareNode | undefined = inner; n; n = n.parentId === null ? undefined : nodes.get(n.parentId)) if (n.id === outer.id) return true;
  return false;
}

/**
 * Refuses ends that cannot make an interface: a missing node or SOUP, the same end twice, one software
 * end inside the other (a part does not interface with its own container), or no software or SOUP at all.
 */
export function checkInterfaceEnds(from: InterfaceEnd, to: InterfaceEnd, nodes: Map<number, SoftwareNode>, soup: Map<number, SoupEnd>): void {
  checkEnd(from, 'from', nodes, soup);
  checkEnd(to, 'to', nodes, soup);
  if (from.kind === 'external' && to.kind === 'external') {
    throw new CairnError(
      'invalid_input',
      'At least one end of an interface must be software or SOUP: a link between two external systems is outside the software architecture.',
      'to',
    );
  }
  if (sameEnd(from, to)) throw new CairnError('invalid_input', 'An interface joins two different ends.', 'to');
  if (from.kind === 'software' && to.kind === 'software') {
    const a = nodes.get(from.id);
    const b = nodes.get(to.id);
    if (a && b && (within(a, b, nodes) || within(b, a, nodes))) {
      const [inner, outer] = within(a, b, nodes) ? [a, b] : [b, a];
      throw new CairnError('invalid_input', `${inner.humanId} sits inside ${outer.humanId}: an interface joins parts side by side, or a part and something outside it.`, 'to');
    }
  }
}
