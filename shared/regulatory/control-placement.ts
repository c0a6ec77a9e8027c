/**
 * Which of the risk file's controls a software system's classification may credit.
 *
 * IEC 62304 4.3 credits only risk controls external to the software system: hardware, an independent
 * software system, or a clinical or operating procedure. Cairn knows where a control runs only through
 * the requirements that implement it and the software items those requirements are allocated to, so:
 * - a control implemented by no requirement is not implemented in software at all (a hardware
 *   safeguard, a procedure, labelling): external;
 * - a control with a requirement allocated to this system or anything beneath it runs inside the
 *   system: not external, however good it is (it may fail together with the software it guards);
 * - a control whose requirements all sit in other software systems is external to this one;
 * - a control with a requirement allocated to no item yet cannot be placed: it is not offered until
 *   the requirement is allocated, because crediting it would assume what nobody has recorded.
 */
export const CONTROL_PLACEMENTS = ['external', 'in-this-system', 'unplaced'] as const;
export type ControlPlacement = (typeof CONTROL_PLACEMENTS)[number];

export interface ImplementingRequirement {
  humanId: string;
  /** The software systems whose trees hold the items the requirement is allocated to; empty when it has none. */
  systems: { id: number; humanId: string }[];
}

export interface Placement {
  placement: ControlPlacement;
  /** Why, in a sentence the wizard shows beside the control. */
  reason: string;
}

const list = (ids: readonly string[]) => [...new Set(ids)].join(', ');

export function placeControl(systemId: number, requirements: readonly ImplementingRequirement[]): Placement {
  if (requirements.length === 0) {
    return {
      placement: 'external',
      reason:
        'No software requirement implements it, so it works outside the software (hardware, a procedure or labelling). If it is a software measure whose requirement is not linked yet, link it: it would then not count as external.',
    };
  }
  const inside = requirements.filter((r) => r.systems.some((s) => s.id === systemId));
  if (inside.length > 0) {
    return {
      placement: 'in-this-system',
      reason: `Implemented inside this system by ${list(inside.map((r) => r.humanId))}; a control inside the software does not lower its class.`,
    };
  }
  const loose = requirements.filter((r) => r.systems.length === 0);
  if (loose.length > 0) {
    return { placement: 'unplaced', reason: `${list(loose.map((r) => r.humanId))} is not allocated to a software item yet, so where it runs is unknown; allocate it first.` };
  }
  const elsewhere = list(requirements.flatMap((r) => r.systems.map((s) => s.humanId)));
  return { placement: 'external', reason: `Implemented only in ${elsewhere}, a separate software system; say why it keeps working when this one fails.` };
}
