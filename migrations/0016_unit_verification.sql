-- 0016_unit_verification: review records also hold unit verification (IEC 62304 5.5.5), code reviews
-- included: which software unit or item was verified, at which commit or pull request, the checks run
-- with their results (review, static analysis, unit tests, coverage against its acceptance criterion)
-- and the anomalies raised.
-- Why a rebuild: SQLite cannot change a CHECK constraint in place, and the kind list lives in one. Every
-- row keeps its id and human ID, and sqlite_sequence keeps its value, so a REV-n number that was ever
-- handed out is still never handed out again. Nothing references review_record by foreign key
-- (signatures and trace links name it by type and id), so dropping the old table is safe with
-- foreign keys on.
CREATE TABLE review_record_next (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id        TEXT NOT NULL UNIQUE,
  kind            TEXT NOT NULL CHECK (kind IN ('requirements', 'architecture', 'detailed-design', 'unit-verification')),
  scope           TEXT NOT NULL DEFAULT '',
  answers_json    TEXT NOT NULL,
  result          TEXT NOT NULL CHECK (result IN ('passed', 'passed-with-obligations', 'failed')),
  findings        TEXT NOT NULL DEFAULT '',
  reviewer_id     INTEGER NOT NULL REFERENCES user (id),
  reviewer_name   TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  -- Unit verification only. The unit is kept in the tree while a record names it (software.remove
  -- refuses), and its class at the time is copied: it decided which questions were asked (5.5.4, C).
  unit_id         INTEGER REFERENCES software_item (id),
  unit_class      TEXT CHECK (unit_class IN ('A', 'B', 'C')),
  change_ref      TEXT NOT NULL DEFAULT '',
  checks_json     TEXT NOT NULL DEFAULT '[]',
  anomalies_json  TEXT NOT NULL DEFAULT '[]',
  CHECK ((kind = 'unit-verification') = (unit_id IS NOT NULL)),
  CHECK ((kind = 'unit-verification') = (unit_class IS NOT NULL)),
  CHECK (kind <> 'unit-verification' OR change_ref <> '')
) STRICT;

INSERT INTO review_record_next (id, human_id, kind, scope, answers_json, result, findings, reviewer_id, reviewer_name, recorded_at)
  SELECT id, human_id, kind, scope, answers_json, result, findings, reviewer_id, reviewer_name, recorded_at FROM review_record;

-- Copying rows set the new table's counter to the highest copied id; the old counter may be higher.
DELETE FROM sqlite_sequence WHERE name = 'review_record_next';
INSERT INTO sqlite_sequence (name, seq) SELECT 'review_record_next', seq FROM sqlite_sequence WHERE name = 'review_record';

DROP TABLE review_record;
ALTER TABLE review_record_next RENAME TO review_record;

CREATE INDEX review_record_kind ON review_record (kind, id);
CREATE INDEX review_record_reviewer ON review_record (reviewer_id);
CREATE INDEX review_record_unit ON review_record (unit_id);
