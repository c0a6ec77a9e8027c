import { BASELINE_ITEM_TYPES, type BaselineDiff, type BaselineItem, type ConfigurationItem } from '../api/releases-types';

const keyOf = (i: Pick<BaselineItem, 'itemType' | 'itemKey'>) => `${i.itemType}\u0000${i.itemKey}`;

/** What was added, removed and changed (by version or fingerprint) between two baselines, per item type. */
export function diffBaselines(from: string, to: string, before: readonly BaselineItem[], after: readonly BaselineItem[]): BaselineDiff {
  const old = new Map(before.map((i) => [keyOf(i), i]));
  const now = new Map(after.map((i) => [keyOf(i), i]));
  const types = BASELINE_ITEM_TYPES.map((itemType) => {
    const mine = (items: readonly BaselineItem[]) => items.filter((i) => i.itemType === itemType);
    const added = mine(after).filter((i) => !old.has(keyOf(i)));
    const removed = mine(before).filter((i) => !now.has(keyOf(i)));
    const kept = mine(after).flatMap((i) => {
      const was = old.get(keyOf(i));
      return was ? [{ was, i }] : [];
    });
    const changed = kept.filter(({ was, i }) => was.version !== i.version).map(({ was, i }) => ({ itemKey: i.itemKey, title: i.title, from: was.version, to: i.version }));
    return { itemType, added, removed, changed, unchanged: kept.length - changed.length };
  });
  return { from, to, types };
}

/**
 * Status accounting (8.3): each current item with the released baselines that hold it. `baselines` maps
 * a release version to its items, in release order.
 */
export function accountStatus(current: readonly BaselineItem[], baselines: readonly { release: string; items: readonly BaselineItem[] }[]): ConfigurationItem[] {
  const indexed = baselines.map((b) => ({ release: b.release, items: new Map(b.items.map((i) => [keyOf(i), i])) }));
  const newest = indexed.at(-1);
  return current.map((item) => {
    const held = indexed.flatMap((b) => {
      const there = b.items.get(keyOf(item));
      return there ? [{ release: b.release, version: there.version }] : [];
    });
    const inNewest = newest?.items.get(keyOf(item));
    return { ...item, baselines: held, changedSinceLastRelease: newest !== undefined && inNewest?.version !== item.version };
  });
}
