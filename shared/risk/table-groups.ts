import type { RiskRow } from '../api/risk-types';

/** How the risk table groups its chains: not at all, by hazard, or by the software item that can cause them. */
export const RISK_GROUPINGS = ['', 'hazard', 'item'] as const;
export type RiskGrouping = (typeof RISK_GROUPINGS)[number];

export const RISK_GROUPING_LABELS: Record<RiskGrouping, string> = {
  '': 'No grouping',
  hazard: 'Hazard',
  item: 'Software item',
};

/** One line of the grouped table: a group header with its count, or a chain under it. */
export type RiskLine = { kind: 'group'; key: string; label: string; count: number; collapsed: boolean } | { kind: 'chain'; key: string; row: RiskRow };

/** Chains that no software item causes still belong somewhere: their group sorts last. */
export const NO_ITEM_GROUP = 'item:none';

interface Group {
  key: string;
  label: string;
  order: string;
  rows: RiskRow[];
}

/** The groups a chain belongs to; a chain that several items can cause appears under each of them. */
function groupsOf(row: RiskRow, grouping: Exclude<RiskGrouping, ''>): Omit<Group, 'rows'>[] {
  if (grouping === 'hazard') return [{ key: `hazard:${row.hazard.id}`, label: `${row.hazard.humanId} ${row.hazard.name}`, order: row.hazard.humanId }];
  const seen = new Set<number>();
  const items = row.causes.filter((c) => !seen.has(c.itemId) && seen.add(c.itemId));
  if (items.length === 0) return [{ key: NO_ITEM_GROUP, label: 'No software item named', order: '\uffff' }];
  return items.map((c) => ({ key: `item:${c.itemId}`, label: `${c.itemHumanId} ${c.itemName}`, order: c.itemHumanId }));
}

/**
 * The table's lines for a grouping: the rows in the order given (already filtered and sorted), under a
 * header per group that counts them; a collapsed group keeps its header and hides its chains. Groups are
 * in ID order (HAZ-2 before HAZ-10).
 */
export function groupRiskRows(rows: readonly RiskRow[], grouping: RiskGrouping, collapsed: ReadonlySet<string>): RiskLine[] {
  if (grouping === '') return rows.map((row) => ({ kind: 'chain', key: String(row.id), row }));
  const groups = new Map<string, Group>();
  for (const row of rows) {
    for (const g of groupsOf(row, grouping)) {
      const group = groups.get(g.key) ?? { ...g, rows: [] };
      group.rows.push(row);
      groups.set(g.key, group);
    }
  }
  const ordered = [...groups.values()].sort((a, b) => a.order.localeCompare(b.order, undefined, { numeric: true }));
  return ordered.flatMap((g): RiskLine[] => {
    const isCollapsed = collapsed.has(g.key);
    const header: RiskLine = { kind: 'group', key: g.key, label: g.label, count: g.rows.length, collapsed: isCollapsed };
    return isCollapsed ? [header] : [header, ...g.rows.map((row): RiskLine => ({ kind: 'chain', key: `${g.key}/${row.id}`, row }))];
  });
}
