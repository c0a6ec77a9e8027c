import type { Role } from '../domain/roles';
import type { Market } from '../regulatory/markets';
import { lines, type CompanyProfile } from './company';
import type { ScopeDecision } from './scope';

/**
 * What Cairn knows when it drafts a procedure: the company profile, the product, the clauses left out
 * of scope and the project team. Drafts are written from these facts only, so equal facts give equal
 * text and a document's content changes exactly when a fact it uses does.
 */
export interface QmsFacts {
  company: CompanyProfile;
  /** The project's product, used when the company profile lists none. */
  productName: string;
  /** Clauses that do not apply or are excluded; every other tracked clause applies. */
  outOfScope: ScopeDecision[];
  /** Active members of the project team. */
  team: { name: string; role: Role }[];
  /** Cairn's own entry in the tool list and its last qualification run; absent before Cairn is listed. */
  cairnTool?: { humanId: string; qualification: string };
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "A", "A and B", "A, B, and C". */
export function words(items: readonly string[]): string {
  return list.format(items);
}

const placeholder = (what: string) => `[name the ${what}]`;

export const companyName = (f: QmsFacts) => f.company.legalName.trim() || '[company name]';
export const topManagement = (f: QmsFacts) => f.company.topManagement.trim() || placeholder('managing director');
export const managementRep = (f: QmsFacts) => f.company.managementRep.trim() || placeholder('management representative');
export const prrc = (f: QmsFacts) => f.company.prrc.trim() || placeholder('person responsible for regulatory compliance');

/** The product names the QMS covers, from the company profile or else the project's product. */
export function products(f: QmsFacts): string {
  const named = lines(f.company.products);
  return words(named.length ? named : [f.productName]);
}

export const hasMarket = (f: QmsFacts, m: Market) => f.company.markets.includes(m);

export function applies(f: QmsFacts, clause: string): boolean {
  return !f.outOfScope.some((d) => d.clause === clause);
}

/** Team members holding a role, falling back to a named company role when the project has none. */
export function teamWithRole(f: QmsFacts, role: Role, fallback: string): string {
  const names = f.team.filter((m) => m.role === role).map((m) => m.name);
  return names.length ? words(names) : fallback;
}

/** A small team shares roles; the procedures say how independence is kept all the same. */
export function isSmall(f: QmsFacts): boolean {
  return f.company.employees <= 10;
}

export function bullets(items: readonly string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

export function paragraphs(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n\n');
}
