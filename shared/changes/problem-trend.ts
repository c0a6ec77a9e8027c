/** Problem types and criticalities as stored (IEC 62304 9.1, 6.2.1; OpenRegulatory's High/Medium/Low). */
export const PROBLEM_TYPES = ['corrective', 'preventive', 'adaptive'] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];
export const CRITICALITIES = ['high', 'medium', 'low'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export interface TrendMonth {
  /** YYYY-MM. */
  month: string;
  total: number;
  byType: Record<ProblemType, number>;
  byCriticality: Record<Criticality, number>;
}

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Problems reported per month (9.6 trend analysis), with every month between the first and the last
 * present so a quiet month shows as a zero rather than vanishing from the picture.
 */
export function problemTrend(problems: readonly { reportedAt: string; type: ProblemType; criticality: Criticality }[]): TrendMonth[] {
  if (problems.length === 0) return [];
  const months = new Map<string, TrendMonth>();
  const sorted = problems.map((p) => p.reportedAt.slice(0, 7)).sort();
  const first = sorted[0] as string;
  const last = sorted.at(-1) as string;
  for (let month = first; month <= last; month = nextMonth(month)) months.set(month, { month, total: 0, byType: zero(PROBLEM_TYPES), byCriticality: zero(CRITICALITIES) });
  for (const p of problems) {
    const row = months.get(p.reportedAt.slice(0, 7)) as TrendMonth;
    row.total += 1;
    row.byType[p.type] += 1;
    row.byCriticality[p.criticality] += 1;
  }
  return [...months.values()];
}
