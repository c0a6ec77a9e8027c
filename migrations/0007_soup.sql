-- 0007_soup: the SOUP list (IEC 62304 8.1.2 identity for every class; 5.3.3, 5.3.4, 7.1.2 c and 7.1.3
-- for classes B and C). Which software items use a SOUP item is a trace link soup → software_item.
-- Why a row is never deleted: a SOUP item taken out of use is still part of the record of what earlier
-- releases shipped, so removal stamps removed_at; AUTOINCREMENT keeps its SOUP-n from being reused.

CREATE TABLE soup (
  id                              INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id                        TEXT NOT NULL UNIQUE,
  name                            TEXT NOT NULL,
  ecosystem                       TEXT NOT NULL,
  version                         TEXT NOT NULL,
  -- Which dependency file the item came from (a label such as "app/package-lock.json"); '' when entered
  -- by hand. A re-import compares against the items of the same source only.
  source                          TEXT NOT NULL DEFAULT '',
  supplier                        TEXT NOT NULL DEFAULT '',
  licence                         TEXT NOT NULL DEFAULT '',
  direct                          INTEGER NOT NULL DEFAULT 1 CHECK (direct IN (0, 1)),
  purpose                         TEXT NOT NULL DEFAULT '',
  functional_requirements         TEXT NOT NULL DEFAULT '',
  performance_requirements        TEXT NOT NULL DEFAULT '',
  hardware_software_requirements  TEXT NOT NULL DEFAULT '',
  anomaly_review                  TEXT NOT NULL DEFAULT '',
  anomaly_reviewed_at             TEXT,
  -- The version the anomaly list was read for: a review of 1.2.0 says nothing about 1.3.0.
  anomaly_reviewed_version        TEXT NOT NULL DEFAULT '',
  risk_level                      TEXT NOT NULL DEFAULT '' CHECK (risk_level IN ('', 'low', 'medium', 'high')),
  website                         TEXT NOT NULL DEFAULT '',
  created_at                      TEXT NOT NULL,
  updated_at                      TEXT NOT NULL,
  removed_at                      TEXT
) STRICT;
CREATE INDEX soup_source_name ON soup (source, ecosystem, name);
CREATE INDEX soup_live ON soup (removed_at, direct);
