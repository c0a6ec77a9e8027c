import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { answersObject, refineWith } from './answer-schema';
import { decided, refused, unwrap, type Decision } from './problems';
import { compareSafetyClasses, effectiveSafetyClass, safetyClassSchema, type SafetyClass } from './safety-class';

/** Free text of a segregation argument; emptiness is judged by the rule so it can say which part is missing. */
const prose = z.string({ error: 'Expected text.' }).max(LIMITS.text, `At most ${LIMITS.text} characters.`);

const inputShape = answersObject({
  /** The parent's class; null while the parent has not been classified (it then counts as C). */
  parentClass: safetyClassSchema.nullable(),
  /** The class proposed for this item; omitted, the item inherits its parent's class. */
  itemClass: safetyClassSchema.optional(),
  /** Why the item cannot affect the parent's more severe hazardous situations, and how that is verified. */
  segregation: z.strictObject({ rationale: prose.optional(), verification: prose.optional() }).optional(),
});

export type ItemClassInput = z.output<typeof inputShape>;

export interface ItemClassResult {
  class: SafetyClass;
  /** True when the item was given a lower class than its parent on a segregation argument. */
  differsFromParent: boolean;
  rationale: string;
}

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/**
 * Clause 4.3 d: an item inherits its parent's class. A lower class is accepted only with a documented
 * segregation argument and a statement of how the segregation is verified, because without both a
 * reviewer cannot check that the item is truly kept away from the parent's worse hazards. A higher class
 * than the parent is refused: it means the parent itself is under-classified.
 */
export function decideItemClass(input: ItemClassInput): Decision<ItemClassResult> {
  const parent = effectiveSafetyClass(input.parentClass);
  const parentWords = input.parentClass ? `its parent's class ${parent}` : 'class C, because its parent has not been classified yet';
  const proposed = input.itemClass ?? parent;
  const order = compareSafetyClasses(proposed, parent);
  if (order > 0) {
    return refused(
      'itemClass',
      `Class ${proposed} is stricter than the parent's class ${parent}; classify the parent as ${proposed} instead, since an item cannot carry more risk than the system it belongs to.`,
    );
  }
  if (order === 0) {
    return decided({
      class: parent,
      differsFromParent: false,
      rationale: `Class ${parent}: the item takes ${parentWords}, as every software item does unless segregation justifies a lower class.`,
    });
  }
  const { rationale, verification } = input.segregation ?? {};
  if (!filled(rationale)) {
    return refused(
      'segregation.rationale',
      `Required for a class lower than the parent's (${proposed} under ${parent}): explain why this item cannot contribute to the parent's more severe hazardous situations.`,
    );
  }
  if (!filled(verification)) {
    return refused('segregation.verification', `Required for a class lower than the parent's (${proposed} under ${parent}): say how the segregation is shown to be effective.`);
  }
  return decided({
    class: proposed,
    differsFromParent: true,
    rationale: `Class ${proposed}, lower than ${parentWords}, on the strength of segregation. Why the item is kept apart: ${rationale.trim()} How that is verified: ${verification.trim()}`,
  });
}

/** Validates an item's class choice: types, unknown fields, and the segregation rule above. */
export const itemClassInputSchema = inputShape.superRefine(refineWith(decideItemClass));

/**
 * The class of a software item given its parent's class and an optional segregation argument.
 * @throws RegulatoryInputError naming the field when a lower class lacks its justification.
 */
export function classifyItem(input: ItemClassInput): ItemClassResult {
  return unwrap(decideItemClass(input));
}
