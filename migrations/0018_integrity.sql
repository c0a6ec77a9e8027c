-- 0018_integrity: records an editor of the file cannot change quietly (21 CFR 11.10(a),(e), 11.70).
-- Why: a hash chain alone proves nothing to someone who can rewrite the file. Each audit row now also
-- carries the state every table row was left in by its change (rows_json, covered by the row's hash), so
-- `verify` can hold each row's current state against the trail; and each e-signature also signs the
-- trail's head with the signer's private key (audit_anchor), so rewriting history below it breaks a
-- signature no file editor can remake.
ALTER TABLE audit_log ADD COLUMN rows_json TEXT;

-- One row per signed head: which trail row (seq, hash) the signer's key vouched for, and when.
CREATE TABLE audit_anchor (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  seq              INTEGER NOT NULL,
  hash             TEXT NOT NULL,
  signer_id        INTEGER NOT NULL REFERENCES user (id),
  certificate_pem  TEXT NOT NULL,
  fingerprint      TEXT NOT NULL,
  signature        TEXT NOT NULL,
  reason           TEXT NOT NULL,
  signed_at        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_anchor_signer ON audit_anchor (signer_id);
CREATE INDEX audit_anchor_seq ON audit_anchor (seq);

CREATE TRIGGER audit_anchor_no_update BEFORE UPDATE ON audit_anchor
BEGIN SELECT RAISE(ABORT, 'anchors are permanent'); END;
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
BEGIN SELECT RAISE(ABORT, 'anchors are permanent'); END;
