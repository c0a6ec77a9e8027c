-- 0011_qms: the ISO 13485 quality management system: the company profile, the scope decisions per
-- clause, the team's own text for procedure sections, the records the procedures call for, and
-- training records.
-- Why: the quality manual and SOPs are generated from these rows, so a change to the company, the scope
-- or a section shows up as drift in the approved procedure and asks for a new version.

CREATE TABLE qms_company (
  id                    INTEGER PRIMARY KEY CHECK (id = 1),
  legal_name            TEXT NOT NULL DEFAULT '',
  address               TEXT NOT NULL DEFAULT '',
  employees             INTEGER NOT NULL DEFAULT 1 CHECK (employees >= 1),
  sites                 TEXT NOT NULL DEFAULT '',
  products              TEXT NOT NULL DEFAULT '',
  top_management        TEXT NOT NULL DEFAULT '',
  management_rep        TEXT NOT NULL DEFAULT '',
  prrc                  TEXT NOT NULL DEFAULT '',
  prrc_external         INTEGER NOT NULL DEFAULT 0 CHECK (prrc_external IN (0, 1)),
  outsourced_processes  TEXT NOT NULL DEFAULT '',
  critical_suppliers    TEXT NOT NULL DEFAULT '',
  markets_json          TEXT NOT NULL DEFAULT '[]',
  -- The scope wizard's answers, null until the wizard has been walked.
  scope_answers_json    TEXT,
  updated_at            TEXT
) STRICT;
INSERT INTO qms_company (id) VALUES (1);

-- Only clauses that do not apply or are excluded have a row; every other tracked clause applies.
CREATE TABLE qms_scope (
  clause         TEXT PRIMARY KEY,
  status         TEXT NOT NULL CHECK (status IN ('not_applicable', 'excluded')),
  justification  TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX qms_scope_updated_by ON qms_scope (updated_by);

-- A section with no row reads Cairn's draft, written from today's facts.
CREATE TABLE qms_section (
  procedure_key  TEXT NOT NULL,
  section_id     TEXT NOT NULL,
  text           TEXT NOT NULL,
  revision       INTEGER NOT NULL CHECK (revision >= 1),
  updated_at     TEXT NOT NULL,
  updated_by     INTEGER NOT NULL REFERENCES user (id),
  PRIMARY KEY (procedure_key, section_id)
) STRICT;
CREATE INDEX qms_section_updated_by ON qms_section (updated_by);

-- Suppliers, QMS software tools, CAPAs, internal audits and management reviews. Their fields are
-- defined in shared/qms/records.ts, so a new field needs no migration. Records are never deleted (a
-- supplier is disqualified, a tool retired, a CAPA closed), so a human ID numbered per kind stays unique.
CREATE TABLE qms_record (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('supplier', 'tool', 'capa', 'audit', 'review')),
  human_id     TEXT NOT NULL UNIQUE,
  fields_json  TEXT NOT NULL,
  -- 1 for Cairn's own entry in the tool list, which cannot be removed.
  built_in     INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  updated_by   INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX qms_record_kind ON qms_record (kind);
CREATE INDEX qms_record_updated_by ON qms_record (updated_by);

-- Who was trained on which version of which procedure, confirmed with an e-signature.
CREATE TABLE qms_training (
  id           INTEGER PRIMARY KEY,
  trainee_id   INTEGER NOT NULL REFERENCES user (id),
  doc_key      TEXT NOT NULL,
  version      INTEGER NOT NULL CHECK (version >= 1),
  trained_on   TEXT NOT NULL,
  method       TEXT NOT NULL,
  signed_by    INTEGER NOT NULL REFERENCES user (id),
  signed_at    TEXT NOT NULL
) STRICT;
CREATE INDEX qms_training_trainee ON qms_training (trainee_id);
CREATE INDEX qms_training_signed_by ON qms_training (signed_by);
CREATE INDEX qms_training_doc ON qms_training (doc_key);
