-- 0015_releases: releases (IEC 62304 5.8) and the configuration baselines they freeze (clause 8). Why
-- this shape: a release gathers the manual parts of its checklist (build procedure, environment, delivery,
-- notes) and the artefacts archived with their SHA-256; approving it with e-signatures (0012) freezes a
-- baseline, a copy of every configuration item's identity and version at that moment, so two releases can
-- be compared later even after the records themselves have moved on.
CREATE TABLE software_release (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  version            TEXT NOT NULL UNIQUE,
  title              TEXT NOT NULL DEFAULT '',
  build_procedure    TEXT NOT NULL DEFAULT '',
  build_environment  TEXT NOT NULL DEFAULT '',
  delivery           TEXT NOT NULL DEFAULT '',
  archive_location   TEXT NOT NULL DEFAULT '',
  release_notes      TEXT NOT NULL DEFAULT '',
  -- The person's confirmations of checklist items Cairn cannot check from records, with notes.
  confirmations_json TEXT NOT NULL DEFAULT '{}',
  status             TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'released')),
  released_at        TEXT,
  -- The checklist and the known anomalies as they stood at release: the record keeps saying what was
  -- true then, while the live records move on.
  released_record_json TEXT,
  created_by         INTEGER NOT NULL REFERENCES user (id),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX software_release_created_by ON software_release (created_by);

CREATE TABLE release_artefact (
  id          INTEGER PRIMARY KEY,
  release_id  INTEGER NOT NULL REFERENCES software_release (id),
  name        TEXT NOT NULL,
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
  added_at    TEXT NOT NULL,
  added_by    INTEGER NOT NULL REFERENCES user (id),
  UNIQUE (release_id, name)
) STRICT;
CREATE INDEX release_artefact_added_by ON release_artefact (added_by);

-- One configuration item as it stood in a released baseline. `version` is the item's own version where
-- it has one (a SOUP version, a document version) and a content fingerprint otherwise.
CREATE TABLE baseline_item (
  id          INTEGER PRIMARY KEY,
  release_id  INTEGER NOT NULL REFERENCES software_release (id),
  item_type   TEXT NOT NULL CHECK (item_type IN ('software_item', 'soup', 'document', 'requirement', 'test_case', 'risk_control')),
  item_key    TEXT NOT NULL,
  title       TEXT NOT NULL,
  version     TEXT NOT NULL,
  UNIQUE (release_id, item_type, item_key)
) STRICT;

CREATE TRIGGER baseline_item_no_update BEFORE UPDATE ON baseline_item
BEGIN SELECT RAISE(ABORT, 'a released baseline cannot change'); END;
CREATE TRIGGER baseline_item_no_delete BEFORE DELETE ON baseline_item
BEGIN SELECT RAISE(ABORT, 'a released baseline cannot change'); END;
