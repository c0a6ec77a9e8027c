import type { SoupComponent } from './types';

/** A SOUP item already on the list, as the diff needs it. */
export interface ListedSoup {
  id: number;
  humanId: string;
  name: string;
  ecosystem: string;
  version: string;
}

export interface SoupDiff {
  added: SoupComponent[];
  removed: ListedSoup[];
  versionChanged: { listed: ListedSoup; incoming: SoupComponent }[];
  unchanged: { listed: ListedSoup; incoming: SoupComponent }[];
}

const keyOf = (x: { ecosystem: string; name: string }) => `${x.ecosystem}\u0000${x.name}`;

function group<T extends { ecosystem: string; name: string; version: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  for (const list of map.values()) list.sort((a, b) => a.version.localeCompare(b.version, undefined, { numeric: true }));
  return map;
}

/**
 * What a re-import would change. Packages match by ecosystem and name; the same version on both sides
 * is unchanged. When a name is locked at several versions, the versions left over on each side are
 * paired in order as version changes (so an item keeps its purpose and links across an upgrade), and
 * whatever is left unpaired is added or removed.
 */
export function diffSoup(listed: readonly ListedSoup[], incoming: readonly SoupComponent[]): SoupDiff {
  const diff: SoupDiff = { added: [], removed: [], versionChanged: [], unchanged: [] };
  const before = group(listed);
  const after = group(incoming);
  for (const [key, news] of after) {
    const olds = before.get(key) ?? [];
    const restOld = olds.filter((o) => !news.some((n) => n.version === o.version));
    for (const n of news) {
      const same = olds.find((o) => o.version === n.version);
      if (same) diff.unchanged.push({ listed: same, incoming: n });
    }
    const restNew = news.filter((n) => !olds.some((o) => o.version === n.version));
    restNew.forEach((n, i) => {
      const o = restOld[i];
      if (o) diff.versionChanged.push({ listed: o, incoming: n });
      else diff.added.push(n);
    });
    diff.removed.push(...restOld.slice(restNew.length));
  }
  for (const [key, olds] of before) if (!after.has(key)) diff.removed.push(...olds);
  return diff;
}
