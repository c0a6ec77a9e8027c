-- 0012_record_signatures: Part 11-style e-signatures on records that are not controlled documents — a
-- verification review, a manual test run, a change request's approval, a release. Why one table: every
-- such signature needs the same facts (who, in which role, what it means, when, and a hash of the record's
-- content at that moment, so a later edit of the record shows the signature no longer covers it), and like
-- document signatures they are permanent.
CREATE TABLE record_signature (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  entity_type   TEXT NOT NULL,
  entity_id     INTEGER NOT NULL,
  meaning       TEXT NOT NULL,
  signer_id     INTEGER NOT NULL REFERENCES user (id),
  signer_name   TEXT NOT NULL,
  signer_role   TEXT NOT NULL,
  content_hash  TEXT NOT NULL,
  signed_at     TEXT NOT NULL
) STRICT;
CREATE INDEX record_signature_entity ON record_signature (entity_type, entity_id);
CREATE INDEX record_signature_signer ON record_signature (signer_id);

CREATE TRIGGER record_signature_no_update BEFORE UPDATE ON record_signature
BEGIN SELECT RAISE(ABORT, 'signatures are permanent'); END;
CREATE TRIGGER record_signature_no_delete BEFORE DELETE ON record_signature
BEGIN SELECT RAISE(ABORT, 'signatures are permanent'); END;
