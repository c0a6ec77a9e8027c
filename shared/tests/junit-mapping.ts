import type { JunitMappedBy } from '../api/tests-types';

/** What the mapping needs of one JUnit test. */
export interface JunitTestRef {
  /** `classname › name`, or the name alone: the key a saved mapping is stored under. */
  fullName: string;
  name: string;
  properties: readonly { name: string; value: string }[];
}

/** What the project knows, looked up by the caller once per import. */
export interface MappingLookups {
  /** Case ids in force by human ID (TC-12 → 12's row id). */
  caseByHumanId: ReadonlyMap<string, number>;
  /** Cases in force verifying each requirement, by the requirement's human ID. */
  casesByRequirement: ReadonlyMap<string, readonly number[]>;
  /** Saved name → case mappings. */
  saved: ReadonlyMap<string, number>;
}

export interface JunitMapping {
  caseIds: number[];
  by: JunitMappedBy | null;
}

const CASE_TAG = /\[(TC-\d+)\]/gi;

/** Every `[TC-n]` tag in a test name, upper-cased, in order. */
export function caseTags(name: string): string[] {
  return [...name.matchAll(CASE_TAG)].map((m) => (m[1] ?? '').toUpperCase());
}

/**
 * Which cases a JUnit test's result belongs to, trying the rules in order:
 * 1. `[TC-n]` tags in the name — the author said which case it is;
 * 2. `<property name="requirement" value="REQ-n"/>` — the result counts for every case in force that
 *    verifies that requirement (a requirement verified by no case leaves the test unmapped, because a
 *    result with no case cannot be traced);
 * 3. a name mapping a person saved earlier.
 * Tags naming unknown or retired cases do not map; the test stays unmapped so the person sees it.
 */
export function mapJunitTest(test: JunitTestRef, lookups: MappingLookups): JunitMapping {
  const tagged = caseTags(test.name).flatMap((tag) => {
    const id = lookups.caseByHumanId.get(tag);
    return id === undefined ? [] : [id];
  });
  if (tagged.length) return { caseIds: [...new Set(tagged)], by: 'id' };
  const viaRequirement = test.properties
    .filter((p) => p.name.trim().toLowerCase() === 'requirement')
    .flatMap((p) => p.value.split(/[\s,;]+/).filter(Boolean))
    .flatMap((req) => lookups.casesByRequirement.get(req.toUpperCase()) ?? []);
  if (viaRequirement.length) return { caseIds: [...new Set(viaRequirement)], by: 'requirement' };
  const saved = lookups.saved.get(test.fullName);
  if (saved !== undefined) return { caseIds: [saved], by: 'saved' };
  return { caseIds: [], by: null };
}
