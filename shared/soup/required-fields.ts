import type { SoupRecord } from '../api/soup-types';
import { compareSafetyClasses, type SafetyClass } from '../regulatory/safety-class';

/** The fields the class rules read. */
export type SoupFields = Pick<
  SoupRecord,
  | 'name'
  | 'direct'
  | 'version'
  | 'supplier'
  | 'purpose'
  | 'functionalRequirements'
  | 'performanceRequirements'
  | 'hardwareSoftwareRequirements'
  | 'anomalyReview'
  | 'anomalyReviewedAt'
  | 'anomalyReviewedVersion'
  | 'riskLevel'
>;

export const SOUP_FIELD_LABELS = {
  name: 'name',
  version: 'version',
  supplier: 'manufacturer or supplier',
  purpose: 'purpose',
  functionalRequirements: 'functional requirements',
  performanceRequirements: 'performance requirements',
  hardwareSoftwareRequirements: 'required hardware and software',
  anomalyReview: 'known-anomaly review',
  riskLevel: 'risk level',
} as const;

export type SoupRequiredField = keyof typeof SOUP_FIELD_LABELS;

/** 8.1.2: every class identifies each SOUP item by title, manufacturer and a unique designator. */
const IDENTITY: SoupRequiredField[] = ['name', 'version', 'supplier'];
/**
 * B and C add why and how it is used (5.3.3 functional and performance requirements), what it needs to
 * run (5.3.4), whether its failure can contribute to a hazardous situation (7.1.2 c, as a risk level) and
 * the review of the supplier's published anomalies for the version used (7.1.3).
 */
const B_AND_C: SoupRequiredField[] = [...IDENTITY, 'purpose', 'functionalRequirements', 'performanceRequirements', 'hardwareSoftwareRequirements', 'anomalyReview', 'riskLevel'];

/**
 * A transitive package is specified through the direct package that brings it in, so it needs only
 * its identity whatever the class; a direct one needs what its class asks for.
 */
export function requiredSoupFields(safetyClass: SafetyClass, direct = true): SoupRequiredField[] {
  return safetyClass === 'A' || !direct ? IDENTITY : B_AND_C;
}

/**
 * The class a SOUP item is held to: the highest class among the software items that use it. One that
 * no item uses yet is held to the project's class, so nothing is under-documented before it is linked.
 */
export function soupClass(itemClasses: readonly SafetyClass[], projectClass: SafetyClass): SafetyClass {
  if (itemClasses.length === 0) return projectClass;
  return itemClasses.reduce((max, c) => (compareSafetyClasses(c, max) > 0 ? c : max), 'A' as SafetyClass);
}

/** An anomaly review counts only when it has an outcome, a date, and was made for the version in use. */
export function anomalyReviewCurrent(soup: Pick<SoupFields, 'anomalyReview' | 'anomalyReviewedAt' | 'anomalyReviewedVersion' | 'version'>): boolean {
  return soup.anomalyReview.trim() !== '' && soup.anomalyReviewedAt !== null && soup.anomalyReviewedVersion === soup.version;
}

/** The required fields still empty (or, for the anomaly review, out of date) for this class. */
export function missingSoupFields(soup: SoupFields, safetyClass: SafetyClass): SoupRequiredField[] {
  return requiredSoupFields(safetyClass, soup.direct).filter((field) => {
    if (field === 'anomalyReview') return !anomalyReviewCurrent(soup);
    return String(soup[field]).trim() === '';
  });
}
