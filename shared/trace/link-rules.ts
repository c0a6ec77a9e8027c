import type { TraceEntity, TraceRef } from '../api/trace-types';

/**
 * The links Cairn records, always stored in this direction, and what each means. Anything else is
 * refused: a requirement "implemented by" a test, say, would make the matrix and the gap report lie.
 */
export const LINK_KINDS = [
  { from: 'requirement', to: 'software_item', meaning: 'is implemented in' },
  { from: 'soup', to: 'software_item', meaning: 'is used by' },
  { from: 'risk_control', to: 'requirement', meaning: 'is implemented by' },
  { from: 'test_case', to: 'requirement', meaning: 'verifies' },
  { from: 'test_case', to: 'risk_control', meaning: 'verifies' },
  { from: 'software_item', to: 'hazardous_situation', meaning: 'can contribute to' },
] as const satisfies readonly { from: TraceEntity; to: TraceEntity; meaning: string }[];

export type LinkKind = (typeof LINK_KINDS)[number];

/** What each kind of record is called in messages and on screen. */
export const ENTITY_LABELS: Record<TraceEntity, string> = {
  requirement: 'requirement',
  software_item: 'software item',
  soup: 'SOUP item',
  interface: 'interface',
  risk_control: 'risk control',
  hazardous_situation: 'hazardous situation',
  test_case: 'test case',
};

export function linkKindOf(from: TraceEntity, to: TraceEntity): LinkKind | null {
  return LINK_KINDS.find((k) => k.from === from && k.to === to) ?? null;
}

/**
 * Why a link between these ends cannot be made, or null when it can. Gives the stored direction when the
 * caller named the ends the other way round, so the message says how to put it right.
 */
export function linkRefusal(from: TraceRef, to: TraceRef): string | null {
  if (linkKindOf(from.type, to.type)) return from.id === to.id && from.type === to.type ? 'A record cannot be linked to itself.' : null;
  if (linkKindOf(to.type, from.type))
    return `Links between a ${ENTITY_LABELS[from.type]} and a ${ENTITY_LABELS[to.type]} go from the ${ENTITY_LABELS[to.type]}: swap the two ends.`;
  return `Cairn does not trace a ${ENTITY_LABELS[from.type]} to a ${ENTITY_LABELS[to.type]}.`;
}
