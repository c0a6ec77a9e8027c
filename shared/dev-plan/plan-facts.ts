import type { EuUsScope } from '../regulatory/markets';
import type { Role } from '../domain/roles';
import type { SafetyClass } from '../regulatory/safety-class';

/**
 * What Cairn knows about the product when it drafts a development plan step: the profile, the class per
 * software system, the team and, once those areas hold records, how many requirements and SOUP items
 * there are. Drafts are written from these facts only, so the same facts always give the same text.
 */
export interface PlanFacts {
  productName: string;
  manufacturer: string;
  softwareForm: 'samd' | 'in-device' | '';
  hardwareDevice: string;
  markets: EuUsScope;
  projectClass: SafetyClass;
  systems: { humanId: string; name: string; safetyClass: SafetyClass; classified: boolean }[];
  /** Active members only: a deactivated person no longer does the work the plan assigns. */
  team: { name: string; role: Role }[];
  /** Null when the area has no records yet, so the draft does not claim "0 requirements". */
  counts: { requirements: number | null; soup: number | null };
}

const ROLE_DUTIES: Record<Role, string> = {
  owner: 'leads the project, assigns the work in this plan and keeps the team list current',
  author: 'writes requirements, design, code, tests and the records that go with them',
  reviewer: 'reviews records and code changes and signs documents as reviewed',
  approver: 'approves documents and releases with an electronic signature',
};

/** "A", "A and B", "A, B and C". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** Names of the active members holding a role, or null when nobody does. */
export function namesWithRole(facts: PlanFacts, role: Role): string | null {
  const names = facts.team.filter((m) => m.role === role).map((m) => m.name);
  return names.length ? joinWords(names) : null;
}

/** The person who answers for the plan: the first owner, else the first author, else a placeholder. */
export function planLead(facts: PlanFacts): string {
  return facts.team.find((m) => m.role === 'owner')?.name ?? facts.team.find((m) => m.role === 'author')?.name ?? '[name the project lead]';
}

export function teamLines(facts: PlanFacts): string[] {
  return facts.team.map((m) => `${m.name} (${m.role}): ${ROLE_DUTIES[m.role]}.`);
}

export function formPhrase(facts: PlanFacts): string {
  if (facts.softwareForm === 'samd') return 'standalone software (software as a medical device)';
  if (facts.softwareForm === 'in-device') return `software that runs in ${facts.hardwareDevice.trim() || 'its hardware device'}`;
  return 'medical device software';
}

export function marketsPhrase(facts: PlanFacts): string {
  switch (facts.markets) {
    case 'eu':
      return 'the European Union under Regulation (EU) 2017/745 (MDR)';
    case 'us':
      return 'the United States under FDA regulation';
    case 'eu-us':
      return 'the European Union under Regulation (EU) 2017/745 (MDR) and the United States under FDA regulation';
    default:
      return 'its target markets (not yet chosen in the product profile)';
  }
}

/** "SYS-001 Pump controller (class B)", with unclassified systems said to count as C. */
export function systemsPhrase(facts: PlanFacts): string {
  if (facts.systems.length === 0) return 'no software system has been defined yet, so class C applies until one is classified';
  return joinWords(facts.systems.map((s) => `${s.humanId} ${s.name} (${s.classified ? `class ${s.safetyClass}` : 'not classified yet, treated as class C'})`));
}

export const atLeast = (facts: PlanFacts, cls: 'B' | 'C') => facts.projectClass === 'C' || facts.projectClass === cls;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A sentence on the records already held, or '' when neither area has any yet. */
export function countsSentence(facts: PlanFacts): string {
  const parts = [
    facts.counts.requirements !== null ? count(facts.counts.requirements, 'software requirement', 'software requirements') : null,
    facts.counts.soup !== null ? count(facts.counts.soup, 'SOUP item', 'SOUP items') : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? `At the time of writing the project holds ${joinWords(parts)}.` : '';
}
