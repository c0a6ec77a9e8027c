import type Database from 'better-sqlite3-multiple-ciphers';
import { chained, type StoredRow } from '../../electron/core/audit/audit-repo';
import { GENESIS_HASH, rowHash } from '../../electron/core/audit/chain';

/**
 * What an attacker with Cairn's source does after removing rows: renumbers what is left and recomputes
 * every hash and the head, so the chain itself holds again.
 */
export function recomputeChain(db: Database.Database): void {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as StoredRow[];
  db.exec('DELETE FROM audit_log');
  const insert = db.prepare(`INSERT INTO audit_log (seq, at, user_id, user_name, method, action, entity, entity_id, summary, before_json, after_json, prev_hash, hash, rows_json)
    VALUES (@seq, @at, @user_id, @user_name, @method, @action, @entity, @entity_id, @summary, @before_json, @after_json, @prev_hash, @hash, @rows_json)`);
  let prevHash = GENESIS_HASH;
  rows.forEach((row, index) => {
    const seq = index + 1;
    const hash = rowHash({ ...chained(row), seq, prevHash });
    insert.run({ ...row, seq, prev_hash: prevHash, hash });
    prevHash = hash;
  });
  db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(rows.length, prevHash);
}
