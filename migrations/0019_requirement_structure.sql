-- 0019_requirement_structure: the chapters of an imported specification and the relations between its
-- requirements.
-- Why: ReqIF files carry headings, a SPEC-HIERARCHY (order and nesting) and SPEC-RELATIONs (parent,
-- refines, derives, verifies …). Without a place for them an import drops them and an export cannot give
-- them back, so a round trip through Cairn would flatten the customer's document and lose its trace.

-- One node per section or requirement, in the order the file gave. A section has a title; a requirement
-- node points at its requirement (whose own title stays on the requirement). `document` is the
-- specification's name: importing it again replaces its outline and leaves other documents' alone.
-- Removing a requirement removes its node and the nodes nested under it (those requirements stay, outside
-- the outline).
CREATE TABLE requirement_outline (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  document        TEXT NOT NULL,
  parent_id       INTEGER REFERENCES requirement_outline (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  requirement_id  INTEGER UNIQUE REFERENCES requirement (id) ON DELETE CASCADE,
  title           TEXT NOT NULL DEFAULT '',
  CHECK ((requirement_id IS NULL) <> (title = ''))
) STRICT;
CREATE INDEX requirement_outline_parent ON requirement_outline (parent_id);
CREATE INDEX requirement_outline_document ON requirement_outline (document, position);

-- A relation between two requirements as the source file typed it: `name` is the file's relation type
-- (written back on export), `kind` what Cairn reads it as, in the file's direction (from → to).
CREATE TABLE requirement_relation (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  from_id     INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
  to_id       INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('parent', 'child', 'refines', 'derives', 'verifies', 'related')),
  name        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  INTEGER NOT NULL REFERENCES user (id),
  UNIQUE (from_id, to_id, name),
  CHECK (from_id <> to_id)
) STRICT;
CREATE INDEX requirement_relation_to ON requirement_relation (to_id);
CREATE INDEX requirement_relation_created_by ON requirement_relation (created_by);

-- Excel workbooks go through the same mapping step as CSV and ReqIF, and their mappings are remembered
-- too: the format list grows by 'xlsx' (SQLite changes a CHECK only by rebuilding the table).
CREATE TABLE import_mapping_next (
  source_key    TEXT PRIMARY KEY,
  format        TEXT NOT NULL CHECK (format IN ('csv', 'reqif', 'xlsx')),
  mapping_json  TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  updated_by    INTEGER NOT NULL REFERENCES user (id)
) STRICT;
INSERT INTO import_mapping_next (source_key, format, mapping_json, updated_at, updated_by)
  SELECT source_key, format, mapping_json, updated_at, updated_by FROM import_mapping;
DROP TABLE import_mapping;
ALTER TABLE import_mapping_next RENAME TO import_mapping;
CREATE INDEX import_mapping_updated_by ON import_mapping (updated_by);
