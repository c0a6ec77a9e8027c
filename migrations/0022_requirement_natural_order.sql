-- 0022_requirement_natural_order (reserved number 0026; the runner refuses gaps, so it follows 0021 on main).
-- Why: the requirements screen pages through requirements in natural ID order (REQ-2 before REQ-10:
-- the prefix, then the number by its length, then the text). Without an index on that order every page
-- sorted the whole table (100k requirements: a quarter of a second per page, several pages per screen);
-- with it a page is read in order from the index. The expressions match RequirementsRepo's NATURAL_ID.
CREATE INDEX requirement_natural_order ON requirement (rtrim(human_id, '0123456789'), length(human_id), human_id);
