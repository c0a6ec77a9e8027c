-- 0024_software_numbers_per_kind (reserved number 0024): systems, items and units each count from 1.
-- Why: a software node's human ID took its number from the one row counter all three kinds share, so the
-- first item a user added after the system was ITEM-002 and the first unit after two items UNIT-004, which
-- reads like a gap in the records. From here each kind has its own counter: SYS-001, ITEM-001, UNIT-001.
-- A counter only ever rises, so the ID of a removed node is still never handed out again.
-- Existing projects keep every ID they hold; their counters start at the highest number the shared
-- counter ever gave (sqlite_sequence), so no number once used by any kind comes back.
CREATE TABLE software_id_counter (
  kind  TEXT PRIMARY KEY CHECK (kind IN ('system', 'item', 'unit')),
  last  INTEGER NOT NULL CHECK (last >= 0)
) STRICT;

INSERT INTO software_id_counter (kind, last)
SELECT kinds.kind, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'software_item'), 0)
FROM (SELECT 'system' AS kind UNION ALL SELECT 'item' UNION ALL SELECT 'unit') AS kinds;
