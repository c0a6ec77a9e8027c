import type { Need } from '../api/architecture-types';
import type { ClassSource } from '../api/software-types';
import type { SafetyClass } from '../regulatory/safety-class';

/** Architecture (5.3.1–5.3.6) applies to class B and C software; a class A team may still keep one. */
export function architectureNeed(projectClass: SafetyClass): Need {
  return projectClass === 'A' ? 'optional' : 'required';
}

/** Detailed design of units and their interfaces (5.4.2–5.4.4) applies to class C. */
export function detailedDesignNeed(projectClass: SafetyClass): Need {
  return projectClass === 'C' ? 'required' : 'optional';
}

/** A unit's own design: required when the unit is class C, optional below. */
export function unitDesignNeed(unitClass: SafetyClass): { need: Need; why: string } {
  if (unitClass === 'C') return { need: 'required', why: 'Class C unit: its design and interfaces must be detailed enough to implement correctly (5.4.2, 5.4.3).' };
  if (unitClass === 'B') return { need: 'optional', why: 'Class B unit: naming it is enough (5.4.1); a design is optional.' };
  return { need: 'optional', why: 'Class A unit: no detailed design is required.' };
}

/**
 * Whether an item's segregation must be described in the architecture. Clause 5.3.5 asks class C software
 * to identify the segregation risk control depends on and how it is made effective; an item given a lower
 * class than its parent depends on exactly such a segregation (4.3 d), so under class B it is advised.
 */
export function segregationNeed(classSource: ClassSource, systemClass: SafetyClass): { need: Need; why: string } {
  if (classSource === 'segregated' && systemClass === 'C') {
    return { need: 'required', why: 'Lowered below its class C system: the architecture must say how the segregation is made effective (5.3.5).' };
  }
  if (classSource === 'segregated') {
    return { need: 'recommended', why: 'Lowered below its parent: describing the segregation supports the lower class (4.3 d).' };
  }
  if (systemClass === 'C') return { need: 'optional', why: 'Class C system: record a segregation here if a risk control depends on it (5.3.5).' };
  return { need: 'optional', why: 'No lower class depends on segregating this item.' };
}

/** Human words for a need, as the screens and documents print it. */
export const NEED_LABELS: Record<Need, string> = { required: 'Required', recommended: 'Recommended', optional: 'Optional' };
