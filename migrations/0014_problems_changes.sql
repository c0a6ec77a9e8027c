-- 0014_problems_changes: problem reports (IEC 62304 clause 9 and 6.2.1) and change requests with their
-- impact and significance assessment (6.2.3–6.3, 7.4, 8.2). Why this shape: a problem report carries its
-- own investigation and, while unresolved at a release, its evaluation as a known anomaly (5.8.2, 5.8.3);
-- a change request records what it starts from (change_target) so the impact can be computed from the
-- trace links, and freezes that impact when it is approved; the significance questionnaires are stored as
-- answers plus the outcome the rules in shared/ derive from them, with the person's rationale.
CREATE TABLE problem_report (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id             TEXT NOT NULL UNIQUE,
  title                TEXT NOT NULL,
  description          TEXT NOT NULL DEFAULT '',
  source               TEXT NOT NULL CHECK (source IN ('test', 'internal', 'customer', 'post-market', 'audit', 'other')),
  found_in_version     TEXT NOT NULL DEFAULT '',
  environment          TEXT NOT NULL DEFAULT '',
  steps_to_reproduce   TEXT NOT NULL DEFAULT '',
  expected             TEXT NOT NULL DEFAULT '',
  actual               TEXT NOT NULL DEFAULT '',
  type                 TEXT NOT NULL CHECK (type IN ('corrective', 'preventive', 'adaptive')),
  scope                TEXT NOT NULL DEFAULT '',
  criticality          TEXT NOT NULL CHECK (criticality IN ('high', 'medium', 'low')),
  -- NULL until evaluated against the risk file (9.2).
  affects_safety       INTEGER CHECK (affects_safety IN (0, 1)),
  safety_evaluation    TEXT NOT NULL DEFAULT '',
  investigation        TEXT NOT NULL DEFAULT '',
  root_cause           TEXT NOT NULL DEFAULT '',
  parties_advised      TEXT NOT NULL DEFAULT '',
  decision             TEXT NOT NULL DEFAULT 'undecided' CHECK (decision IN ('undecided', 'fix', 'defer', 'no-action')),
  decision_rationale   TEXT NOT NULL DEFAULT '',
  fix_verification     TEXT NOT NULL DEFAULT '',
  -- A known anomaly's evaluation for release: why it does not contribute to an unacceptable risk.
  anomaly_evaluation   TEXT NOT NULL DEFAULT '',
  user_mitigation      TEXT NOT NULL DEFAULT '',
  status               TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'investigating', 'resolved', 'closed')),
  -- The failed test result that raised it, when it came from a test run.
  test_result_id       INTEGER REFERENCES test_result (id),
  reported_by          INTEGER NOT NULL REFERENCES user (id),
  reported_at          TEXT NOT NULL,
  closed_at            TEXT,
  closed_by            INTEGER REFERENCES user (id),
  updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX problem_report_status ON problem_report (status);
CREATE INDEX problem_report_test_result ON problem_report (test_result_id);
CREATE INDEX problem_report_reported_by ON problem_report (reported_by);
CREATE INDEX problem_report_closed_by ON problem_report (closed_by);

-- The risk chains a problem was evaluated against.
CREATE TABLE problem_risk (
  problem_id  INTEGER NOT NULL REFERENCES problem_report (id) ON DELETE CASCADE,
  chain_id    INTEGER NOT NULL REFERENCES risk_chain (id),
  PRIMARY KEY (problem_id, chain_id)
) STRICT;
CREATE INDEX problem_risk_chain ON problem_risk (chain_id);

CREATE TABLE change_request (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id             TEXT NOT NULL UNIQUE,
  title                TEXT NOT NULL,
  description          TEXT NOT NULL DEFAULT '',
  rationale            TEXT NOT NULL DEFAULT '',
  source               TEXT NOT NULL CHECK (source IN ('problem', 'feedback', 'post-market', 'roadmap', 'regulation', 'other')),
  problem_id           INTEGER REFERENCES problem_report (id),
  kind                 TEXT NOT NULL CHECK (kind IN ('bug-fix', 'change')),
  target_version       TEXT NOT NULL DEFAULT '',
  impact_notes         TEXT NOT NULL DEFAULT '',
  -- The computed impact as it stood when the change was approved.
  impact_json          TEXT,
  safety_analysis      TEXT NOT NULL DEFAULT '',
  -- 7.4.1/7.4.2: does it add causes or need new or changed risk controls?
  new_risk_controls    INTEGER CHECK (new_risk_controls IN (0, 1)),
  eu_answers_json      TEXT,
  eu_outcome           TEXT CHECK (eu_outcome IN ('significant', 'not-significant')),
  eu_rationale         TEXT NOT NULL DEFAULT '',
  us_answers_json      TEXT,
  us_outcome           TEXT CHECK (us_outcome IN ('new-submission', 'document-only')),
  us_rationale         TEXT NOT NULL DEFAULT '',
  implementation       TEXT NOT NULL DEFAULT '',
  verification         TEXT NOT NULL DEFAULT '',
  status               TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'rejected', 'implemented', 'verified', 'closed')),
  approved_at          TEXT,
  created_by           INTEGER NOT NULL REFERENCES user (id),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX change_request_problem ON change_request (problem_id);
CREATE INDEX change_request_created_by ON change_request (created_by);
CREATE INDEX change_request_status ON change_request (status);

-- The records a change starts from (trace entity type and id); the impact is computed outward from them.
CREATE TABLE change_target (
  change_id    INTEGER NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
  entity_type  TEXT NOT NULL,
  entity_id    INTEGER NOT NULL,
  PRIMARY KEY (change_id, entity_type, entity_id)
) STRICT;
