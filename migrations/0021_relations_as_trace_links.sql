-- 0021_relations_as_trace_links (reserved number 0026; the runner refuses gaps, so it follows 0020 on main).
-- Why: relations between requirements (parent, refines, verifies … as a ReqIF file or a tool names them)
-- are trace links. Kept in a table of their own (0019's requirement_relation) they were missing from the
-- trace matrix, the gap report, suspect marking and change impact, which all walk trace_link. They move
-- there, each keeping what Cairn reads it as (`relation`) and the file's own name for it (`relation_name`,
-- written back on export). Links between other records carry neither ('').
-- Also: imported rich text (ReqIF XHTML) is kept beside the plain text, sanitised, so the screen can show
-- it formatted and a ReqIF export gives it back; `text` stays the plain reading used everywhere else.

-- SQLite changes a UNIQUE constraint only by rebuilding the table: two requirements may be joined by
-- relations of several types, so the relation's name joins the key. Ids are kept.
CREATE TABLE trace_link_next (
  id             INTEGER PRIMARY KEY,
  from_type      TEXT NOT NULL,
  from_id        INTEGER NOT NULL,
  to_type        TEXT NOT NULL,
  to_id          INTEGER NOT NULL,
  relation       TEXT NOT NULL DEFAULT '' CHECK (relation IN ('', 'parent', 'child', 'refines', 'derives', 'verifies', 'related')),
  relation_name  TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  created_by     INTEGER NOT NULL REFERENCES user (id),
  suspect        INTEGER NOT NULL DEFAULT 0 CHECK (suspect IN (0, 1)),
  suspect_reason TEXT NOT NULL DEFAULT '',
  suspect_since  TEXT,
  reviewed_at    TEXT,
  reviewed_by    INTEGER REFERENCES user (id),
  UNIQUE (from_type, from_id, to_type, to_id, relation_name),
  CHECK (NOT (from_type = to_type AND from_id = to_id)),
  -- A relation joins two requirements; a link between other records is read from its ends alone.
  CHECK ((relation <> '') = (from_type = 'requirement' AND to_type = 'requirement'))
) STRICT;
INSERT INTO trace_link_next (id, from_type, from_id, to_type, to_id, created_at, created_by, suspect, suspect_reason, suspect_since, reviewed_at, reviewed_by)
  SELECT id, from_type, from_id, to_type, to_id, created_at, created_by, suspect, suspect_reason, suspect_since, reviewed_at, reviewed_by FROM trace_link;
INSERT INTO trace_link_next (from_type, from_id, to_type, to_id, relation, relation_name, created_at, created_by)
  SELECT 'requirement', from_id, 'requirement', to_id, kind, name, created_at, created_by FROM requirement_relation ORDER BY id;
DROP TABLE trace_link;
ALTER TABLE trace_link_next RENAME TO trace_link;
CREATE INDEX trace_link_to ON trace_link (to_type, to_id);
CREATE INDEX trace_link_created_by ON trace_link (created_by);
CREATE INDEX trace_link_reviewed_by ON trace_link (reviewed_by);
CREATE INDEX trace_link_suspect ON trace_link (suspect) WHERE suspect = 1;
DROP TABLE requirement_relation;

-- The sanitised XHTML an import brought for `text` ('' when the text was typed or came as plain text).
ALTER TABLE requirement ADD COLUMN text_xhtml TEXT NOT NULL DEFAULT '';
