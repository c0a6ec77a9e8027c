-- 0020_technical_file_references (issue 16 point 5): where each element of the technical file that
-- Cairn does not write is kept.
-- Why: the technical file's index marks every element the EU MDR Annexes II/III and the FDA software
-- documentation list require as present, kept outside Cairn, or missing. Labels, the clinical evaluation
-- or the GSPR checklist live in other systems; the team records once where, and the index reads it from
-- here instead of claiming it. One reference per element; removing it deletes the row (audited).
CREATE TABLE technical_file_reference (
  element     TEXT PRIMARY KEY,
  reference   TEXT NOT NULL CHECK (reference <> ''),
  updated_at  TEXT NOT NULL,
  updated_by  INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX technical_file_reference_updated_by ON technical_file_reference (updated_by);
