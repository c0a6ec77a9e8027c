-- 0013_tests: test cases at unit, integration and system level, test runs per software version, and
-- their results (IEC 62304 5.5.5, 5.6, 5.7). Why this shape: a test case is written before it is run
-- (steps and expected results fixed first, 5.7.1), each run records the 5.7.5 facts once (version,
-- configuration, tools, who, when) and its results say per case what happened. A case verifies
-- requirements and risk controls through trace links (0005), not columns here. JUnit results whose name
-- maps to no case yet keep that name, so the person can link them later; the link they make is saved.
CREATE TABLE test_case (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id       TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('unit', 'integration', 'system')),
  objective      TEXT NOT NULL DEFAULT '',
  preconditions  TEXT NOT NULL DEFAULT '',
  pass_criteria  TEXT NOT NULL DEFAULT '',
  -- Manual cases are executed step by step in Cairn; automated ones arrive through JUnit.
  automated      INTEGER NOT NULL DEFAULT 0 CHECK (automated IN (0, 1)),
  retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE test_step (
  id            INTEGER PRIMARY KEY,
  test_case_id  INTEGER NOT NULL REFERENCES test_case (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position >= 1),
  action        TEXT NOT NULL,
  expected      TEXT NOT NULL,
  UNIQUE (test_case_id, position)
) STRICT;

-- One execution of a set of cases against one software version (5.7.5).
CREATE TABLE test_run (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id          TEXT NOT NULL UNIQUE,
  software_version  TEXT NOT NULL,
  title             TEXT NOT NULL DEFAULT '',
  source            TEXT NOT NULL CHECK (source IN ('manual', 'junit')),
  environment       TEXT NOT NULL DEFAULT '',
  tools             TEXT NOT NULL DEFAULT '',
  -- For an imported JUnit file: its name and SHA-256, so the evidence can be found again.
  file_name         TEXT,
  file_sha256       TEXT,
  started_at        TEXT NOT NULL,
  started_by        INTEGER NOT NULL REFERENCES user (id),
  -- NULL while a manual run is still being executed.
  completed_at      TEXT
) STRICT;
CREATE INDEX test_run_version ON test_run (software_version);
CREATE INDEX test_run_started_by ON test_run (started_by);

CREATE TABLE test_result (
  id            INTEGER PRIMARY KEY,
  run_id        INTEGER NOT NULL REFERENCES test_run (id),
  -- NULL for a JUnit case that maps to no test case yet.
  test_case_id  INTEGER REFERENCES test_case (id),
  junit_name    TEXT,
  outcome       TEXT NOT NULL CHECK (outcome IN ('not-run', 'passed', 'failed', 'error', 'blocked', 'skipped')),
  actual        TEXT NOT NULL DEFAULT '',
  message       TEXT NOT NULL DEFAULT '',
  duration_ms   INTEGER,
  executed_by   INTEGER REFERENCES user (id),
  executed_at   TEXT,
  CHECK (test_case_id IS NOT NULL OR junit_name IS NOT NULL)
) STRICT;
CREATE INDEX test_result_run ON test_result (run_id);
CREATE INDEX test_result_case ON test_result (test_case_id);
CREATE INDEX test_result_executed_by ON test_result (executed_by);

-- What happened at each step of a manually executed case.
CREATE TABLE test_step_result (
  id         INTEGER PRIMARY KEY,
  result_id  INTEGER NOT NULL REFERENCES test_result (id),
  position   INTEGER NOT NULL CHECK (position >= 1),
  outcome    TEXT NOT NULL CHECK (outcome IN ('passed', 'failed', 'blocked')),
  actual     TEXT NOT NULL DEFAULT '',
  UNIQUE (result_id, position)
) STRICT;

-- Evidence attached to a result, such as a screenshot, kept inside the project file.
CREATE TABLE test_attachment (
  id          INTEGER PRIMARY KEY,
  result_id   INTEGER NOT NULL REFERENCES test_result (id),
  name        TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  bytes       BLOB NOT NULL,
  added_at    TEXT NOT NULL,
  added_by    INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX test_attachment_result ON test_attachment (result_id);
CREATE INDEX test_attachment_added_by ON test_attachment (added_by);

-- A JUnit test name the person linked to a case by hand, applied again to every later import.
CREATE TABLE junit_mapping (
  junit_name    TEXT PRIMARY KEY,
  test_case_id  INTEGER NOT NULL REFERENCES test_case (id),
  updated_at    TEXT NOT NULL,
  updated_by    INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX junit_mapping_case ON junit_mapping (test_case_id);
CREATE INDEX junit_mapping_updated_by ON junit_mapping (updated_by);
