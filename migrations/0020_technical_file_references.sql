-- 0020_technical_file_references (reserved number 0023, issue 16 point 5; numbered 0020 on its branch
-- because 0020 to 0022 had not landed when it was written — renumber at merge): where each element of
-- the technical file that Cairn does not write is kept.
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
