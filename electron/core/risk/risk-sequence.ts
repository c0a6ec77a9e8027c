import type { Db } from '../db/connection';

export type RiskPrefix = 'HAZ' | 'HS' | 'HARM' | 'RISK' | 'RC';

/** Hands out the next HAZ-n, RISK-n …; the counter only grows, so no ID is ever given twice. */
export function nextHumanId(db: Db, prefix: RiskPrefix): string {
  const n = db.prepare('UPDATE risk_sequence SET next = next + 1 WHERE prefix = ? RETURNING next - 1').pluck().get(prefix) as number;
  return `${prefix}-${n}`;
}
