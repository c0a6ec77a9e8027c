-- 0009_architecture: the software architecture (IEC 62304 5.3) and detailed design (5.4) records:
-- interfaces between software items, SOUP and external systems; how each segregation that risk control
-- depends on is made effective (5.3.5); and the design of each software unit.
-- Why: the architecture description, the detailed design document and the diagram are views of these
-- rows, and each change to them must be audited and make trace links to an interface suspect.

-- Each end is a software node (FK), a SOUP item (its id in `soup`, checked by the core so this migration
-- does not depend on the SOUP one), or an external system or hardware named in words.
-- AUTOINCREMENT so a removed interface's human ID (IF-n, from its id) is never given to another.
CREATE TABLE interface (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id          TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  from_kind         TEXT NOT NULL CHECK (from_kind IN ('software', 'soup', 'external')),
  from_software_id  INTEGER REFERENCES software_item (id),
  from_soup_id      INTEGER,
  from_external     TEXT NOT NULL DEFAULT '',
  to_kind           TEXT NOT NULL CHECK (to_kind IN ('software', 'soup', 'external')),
  to_software_id    INTEGER REFERENCES software_item (id),
  to_soup_id        INTEGER,
  to_external       TEXT NOT NULL DEFAULT '',
  protocol          TEXT NOT NULL DEFAULT '',
  data_exchanged    TEXT NOT NULL DEFAULT '',
  -- one-way: data flows from the first end to the second; two-way: both ways.
  direction         TEXT NOT NULL CHECK (direction IN ('one-way', 'two-way')),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  revision          INTEGER NOT NULL DEFAULT 1,
  CHECK ((from_kind = 'software') = (from_software_id IS NOT NULL)),
  CHECK ((from_kind = 'soup') = (from_soup_id IS NOT NULL)),
  CHECK ((from_kind = 'external') = (from_external <> '')),
  CHECK ((to_kind = 'software') = (to_software_id IS NOT NULL)),
  CHECK ((to_kind = 'soup') = (to_soup_id IS NOT NULL)),
  CHECK ((to_kind = 'external') = (to_external <> ''))
) STRICT;
CREATE INDEX interface_from_software ON interface (from_software_id);
CREATE INDEX interface_to_software ON interface (to_software_id);
CREATE INDEX interface_from_soup ON interface (from_soup_id);
CREATE INDEX interface_to_soup ON interface (to_soup_id);

-- The segregation measure of an item and how it is made effective. The argument for a lower class and
-- how that was verified stay in item_classification (0004); this row says what the architecture does.
CREATE TABLE segregation_measure (
  item_id        INTEGER PRIMARY KEY REFERENCES software_item (id),
  measure        TEXT NOT NULL,
  effectiveness  TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX segregation_measure_updated_by ON segregation_measure (updated_by);

-- The detailed design of one software unit and of its interfaces.
CREATE TABLE unit_design (
  unit_id        INTEGER PRIMARY KEY REFERENCES software_item (id),
  design         TEXT NOT NULL,
  interfaces     TEXT NOT NULL DEFAULT '',
  updated_at     TEXT NOT NULL,
  updated_by     INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX unit_design_updated_by ON unit_design (updated_by);
