import { z } from 'zod';
import { oneOf } from './answer-schema';

/** IEC 62304 software safety classes, from least to most demanding. */
export const SAFETY_CLASSES = ['A', 'B', 'C'] as const;

export type SafetyClass = (typeof SAFETY_CLASSES)[number];

export const safetyClassSchema = oneOf(SAFETY_CLASSES);

/** Input of the applicability rule: which class to list Annex A for. */
export const applicabilityInputSchema = z.strictObject({ class: safetyClassSchema });

/** Negative when `a` is less demanding than `b`, zero when equal. */
export function compareSafetyClasses(a: SafetyClass, b: SafetyClass): number {
  return SAFETY_CLASSES.indexOf(a) - SAFETY_CLASSES.indexOf(b);
}

/**
 * The class whose requirements apply now. A system or item that has not been classified yet is held to
 * class C (clause 4.3 g), so work done before the risk analysis settles never falls short.
 */
export function effectiveSafetyClass(assigned: SafetyClass | null | undefined): SafetyClass {
  return assigned ?? 'C';
}
