-- 0004_product_and_classification: the product profile, the software system / item / unit tree, the
-- IEC 62304 safety classification of each system (with its history), lower item classes justified by
-- segregation, the compliance plan's clause statuses, and the EU MDR / FDA assessments.
-- Why: the class decides which IEC 62304 clauses apply, so the answers behind it must be kept, shown
-- and audited, and it must never be typed in.

CREATE TABLE product_profile (
  id                  INTEGER PRIMARY KEY CHECK (id = 1),
  intended_purpose    TEXT NOT NULL DEFAULT '',
  intended_users      TEXT NOT NULL DEFAULT '',
  patient_population  TEXT NOT NULL DEFAULT '',
  use_environment     TEXT NOT NULL DEFAULT '',
  markets             TEXT NOT NULL DEFAULT '' CHECK (markets IN ('', 'eu', 'us', 'eu-us')),
  software_form       TEXT NOT NULL DEFAULT '' CHECK (software_form IN ('', 'samd', 'in-device')),
  hardware_device     TEXT NOT NULL DEFAULT '',
  updated_at          TEXT
) STRICT;
INSERT INTO product_profile (id) VALUES (1);

-- Systems have no parent; items and units sit below a system or an item. AUTOINCREMENT so a removed
-- item's human ID (derived from its id) is never given to another.
CREATE TABLE software_item (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id     TEXT NOT NULL UNIQUE,
  parent_id    INTEGER REFERENCES software_item (id),
  kind         TEXT NOT NULL CHECK (kind IN ('system', 'item', 'unit')),
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  CHECK ((kind = 'system') = (parent_id IS NULL))
) STRICT;
CREATE INDEX software_item_parent ON software_item (parent_id);

-- Every classification of a system, newest last: the class is derived from the answers, never typed.
CREATE TABLE system_classification (
  id                  INTEGER PRIMARY KEY,
  system_id           INTEGER NOT NULL REFERENCES software_item (id),
  answers_json        TEXT NOT NULL,
  external_controls_json TEXT NOT NULL DEFAULT '[]',
  class               TEXT NOT NULL CHECK (class IN ('A', 'B', 'C')),
  rationale           TEXT NOT NULL,
  rationale_extra     TEXT NOT NULL DEFAULT '',
  decided_at          TEXT NOT NULL,
  decided_by          INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX system_classification_system ON system_classification (system_id);
CREATE INDEX system_classification_decided_by ON system_classification (decided_by);

-- An item's own class when it differs from its parent's, with the segregation argument; newest last.
-- A row with class NULL returns the item to inheriting.
CREATE TABLE item_classification (
  id                        INTEGER PRIMARY KEY,
  item_id                   INTEGER NOT NULL REFERENCES software_item (id),
  class                     TEXT CHECK (class IN ('A', 'B', 'C')),
  segregation_rationale     TEXT NOT NULL DEFAULT '',
  segregation_verification  TEXT NOT NULL DEFAULT '',
  rationale                 TEXT NOT NULL,
  decided_at                TEXT NOT NULL,
  decided_by                INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX item_classification_item ON item_classification (item_id);
CREATE INDEX item_classification_decided_by ON item_classification (decided_by);

CREATE TABLE clause_status (
  clause         TEXT PRIMARY KEY,
  status         TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
  justification  TEXT NOT NULL DEFAULT '',
  updated_at     TEXT NOT NULL,
  updated_by     INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX clause_status_updated_by ON clause_status (updated_by);

-- EU MDR class and FDA documentation level helpers: every assessment kept, newest last.
CREATE TABLE regulatory_assessment (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('mdr', 'fda')),
  answers_json  TEXT NOT NULL,
  result_json   TEXT NOT NULL,
  decided_at    TEXT NOT NULL,
  decided_by    INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX regulatory_assessment_kind ON regulatory_assessment (kind);
CREATE INDEX regulatory_assessment_decided_by ON regulatory_assessment (decided_by);
