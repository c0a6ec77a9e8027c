import type { RiskEstimate } from '../../../../shared/risk/evaluate';

/** "P1 3 · P2 2 → P2" or "P 3", the probability part of an estimate as the table shows it. */
export function probabilityText(e: RiskEstimate | null): string {
  if (!e) return '—';
  return e.p1 !== null && e.p2 !== null ? `${e.p1} × ${e.p2} → P${e.p}` : `P${e.p}`;
}

/** The verdict in words, never only a colour. */
export function verdictText(e: RiskEstimate | null): string {
  if (!e) return 'Not estimated';
  return e.acceptability === 'unacceptable' ? 'Unacceptable' : 'Acceptable';
}

export function verdictClass(e: RiskEstimate | null): string {
  return `risk-verdict risk-verdict-${e ? e.acceptability : 'none'}`;
}
