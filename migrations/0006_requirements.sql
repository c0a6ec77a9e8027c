-- 0006_requirements: software requirements (IEC 62304 5.2), the verification checklists recorded for
-- requirements, architecture and detailed design (5.2.6, 5.3.6, 5.4.4), and the column mappings an
-- import remembers per source.
-- Why: requirements are the spine of the trace matrix and the SRS; each keeps a stable human ID that is
-- never given to another, a revision that counts its changes, and its software items as trace links.

-- human_id is REQ-n from requirement_sequence, or the ID an imported file gave the requirement
-- (SRS-014, 4711 …), kept so a re-import updates it. AUTOINCREMENT: a row id is never reused either.
CREATE TABLE requirement (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id             TEXT NOT NULL UNIQUE,
  title                TEXT NOT NULL DEFAULT '',
  text                 TEXT NOT NULL,
  type                 TEXT NOT NULL,
  source               TEXT NOT NULL DEFAULT '',
  source_ref           TEXT NOT NULL DEFAULT '',
  rationale            TEXT NOT NULL DEFAULT '',
  acceptance_criteria  TEXT NOT NULL DEFAULT '',
  verification_method  TEXT NOT NULL DEFAULT '' CHECK (verification_method IN ('', 'test', 'inspection', 'analysis', 'demonstration')),
  status               TEXT NOT NULL DEFAULT 'draft',
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  revision             INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)
) STRICT;
-- Every column the list screen sorts or filters by.
CREATE INDEX requirement_type ON requirement (type);
CREATE INDEX requirement_source ON requirement (source);
CREATE INDEX requirement_status ON requirement (status);
CREATE INDEX requirement_verification ON requirement (verification_method);
CREATE INDEX requirement_title ON requirement (title);
CREATE INDEX requirement_updated ON requirement (updated_at);

-- The next n for REQ-n. It only grows (an imported REQ-n pushes it past n), so a removed requirement's
-- number never comes back.
CREATE TABLE requirement_sequence (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  next  INTEGER NOT NULL CHECK (next >= 1)
) STRICT;
INSERT INTO requirement_sequence (id, next) VALUES (1, 1);

-- A verification checklist as it was answered: the questions are copied in, so rewording a checklist in
-- a later Cairn never changes what a reviewer agreed to.
CREATE TABLE review_record (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id       TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind IN ('requirements', 'architecture', 'detailed-design')),
  scope          TEXT NOT NULL DEFAULT '',
  answers_json   TEXT NOT NULL,
  result         TEXT NOT NULL CHECK (result IN ('passed', 'passed-with-obligations', 'failed')),
  findings       TEXT NOT NULL DEFAULT '',
  reviewer_id    INTEGER NOT NULL REFERENCES user (id),
  reviewer_name  TEXT NOT NULL,
  recorded_at    TEXT NOT NULL
) STRICT;
CREATE INDEX review_record_kind ON review_record (kind, id);
CREATE INDEX review_record_reviewer ON review_record (reviewer_id);

-- The last mapping used for a source (a CSV header line, a ReqIF tool and type), offered again next time.
CREATE TABLE import_mapping (
  source_key    TEXT PRIMARY KEY,
  format        TEXT NOT NULL CHECK (format IN ('csv', 'reqif')),
  mapping_json  TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  updated_by    INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX import_mapping_updated_by ON import_mapping (updated_by);
