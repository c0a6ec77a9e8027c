import type { OpenProject } from '../projects/open-project';

/** A SOUP item as an interface end needs it. */
export interface SoupEnd {
  id: number;
  humanId: string;
  name: string;
  version: string;
  /** Taken out of use: kept on record, but no new interface may point at it. */
  removed: boolean;
}

/**
 * The SOUP items an interface can reach, by id. The SOUP list is another area's table, so this reads it
 * through that area's repository and never with SQL of its own.
 */
export function soupEnds(project: OpenProject): Map<number, SoupEnd> {
  return new Map(project.soup.all(true).map((s) => [s.id, { id: s.id, humanId: s.humanId, name: s.name, version: s.version, removed: s.removedAt !== null }]));
}

export function soupLabel(soup: SoupEnd): string {
  return `${soup.humanId} ${soup.name}${soup.version ? ` ${soup.version}` : ''}`;
}
