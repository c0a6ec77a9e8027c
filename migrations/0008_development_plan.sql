-- 0008_development_plan: the software development plan (IEC 62304 5.1, with the maintenance plan of 6.1),
-- one row per plan section the team has written.
-- Why rows per section rather than one document blob: each section is edited, reset to Cairn's draft and
-- marked done on its own, and the audit trail and the plan's "missing" state work per section. Which
-- sections exist is defined in shared/dev-plan/steps.ts, so adding a section needs no migration.

CREATE TABLE dev_plan_step (
  step_id     TEXT PRIMARY KEY,
  text        TEXT NOT NULL,
  -- 1 when the text was Cairn's draft at the time it was saved, so a later change of facts can be told
  -- apart from the team's own edit.
  generated   INTEGER NOT NULL CHECK (generated IN (0, 1)),
  done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  revision    INTEGER NOT NULL CHECK (revision >= 1),
  updated_at  TEXT NOT NULL,
  updated_by  INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX dev_plan_step_updated_by ON dev_plan_step (updated_by);
