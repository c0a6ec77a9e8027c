-- 0005_traceability: trace links between records of different areas (requirement ↔ software item,
-- requirement ↔ risk control, requirement ↔ test, SOUP ↔ item, …).
-- Why one table: the trace matrix, the gap report and change-impact analysis all walk links of every
-- kind; a link is suspect once a record at either end changes after the link was last reviewed.

CREATE TABLE trace_link (
  id             INTEGER PRIMARY KEY,
  from_type      TEXT NOT NULL,
  from_id        INTEGER NOT NULL,
  to_type        TEXT NOT NULL,
  to_id          INTEGER NOT NULL,
  created_at     TEXT NOT NULL,
  created_by     INTEGER NOT NULL REFERENCES user (id),
  suspect        INTEGER NOT NULL DEFAULT 0 CHECK (suspect IN (0, 1)),
  -- Which end changed and when, so the reviewer knows what to look at.
  suspect_reason TEXT NOT NULL DEFAULT '',
  suspect_since  TEXT,
  reviewed_at    TEXT,
  reviewed_by    INTEGER REFERENCES user (id),
  UNIQUE (from_type, from_id, to_type, to_id),
  CHECK (NOT (from_type = to_type AND from_id = to_id))
) STRICT;
CREATE INDEX trace_link_to ON trace_link (to_type, to_id);
CREATE INDEX trace_link_created_by ON trace_link (created_by);
CREATE INDEX trace_link_reviewed_by ON trace_link (reviewed_by);
CREATE INDEX trace_link_suspect ON trace_link (suspect) WHERE suspect = 1;
