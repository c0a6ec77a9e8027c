-- 0010_risk_management: the ISO 14971 risk management file — the plan with its scales and matrix,
-- hazards, hazardous situations, harms, the risk chains that join them with P and S before and after
-- control, the software items and causes behind each chain (IEC 62304 7.1), and the risk controls.
-- Why these tables: the risk table, the matrix counts, the RM plan and report and the classification all
-- read the same chains; controls are shared by chains (one plausibility check guards several), so they
-- meet through risk_chain_control. A control's requirements and tests are trace links (0005), as is
-- "software item can contribute to hazardous situation".

-- One row once the plan is first written; until then the default scales apply. Scales are JSON because
-- their shape (3–6 levels, P or P1 × P2, the matrix) is validated as a whole by the rules in shared/risk.
CREATE TABLE risk_plan (
  id                      INTEGER PRIMARY KEY CHECK (id = 1),
  scope                   TEXT NOT NULL DEFAULT '',
  lifecycle_phases        TEXT NOT NULL DEFAULT '',
  responsibilities        TEXT NOT NULL DEFAULT '',
  review_requirements     TEXT NOT NULL DEFAULT '',
  acceptability_policy    TEXT NOT NULL DEFAULT '',
  overall_criterion       TEXT NOT NULL DEFAULT '',
  control_verification    TEXT NOT NULL DEFAULT '',
  production_information  TEXT NOT NULL DEFAULT '',
  scales_json             TEXT NOT NULL,
  overall_evaluation      TEXT NOT NULL DEFAULT '',
  -- NULL until the overall residual risk (clause 8) has been evaluated.
  overall_acceptable      INTEGER CHECK (overall_acceptable IN (0, 1)),
  overall_evaluated_at    TEXT,
  overall_evaluated_by    INTEGER REFERENCES user (id),
  updated_at              TEXT NOT NULL,
  updated_by              INTEGER NOT NULL REFERENCES user (id)
) STRICT;
CREATE INDEX risk_plan_updated_by ON risk_plan (updated_by);
CREATE INDEX risk_plan_evaluated_by ON risk_plan (overall_evaluated_by);

-- The next n for each prefix (HAZ, HS, HARM, RISK, RC). It only grows, so an ID is never handed out twice.
CREATE TABLE risk_sequence (
  prefix  TEXT PRIMARY KEY,
  next    INTEGER NOT NULL CHECK (next >= 1)
) STRICT;
INSERT INTO risk_sequence (prefix, next) VALUES ('HAZ', 1), ('HS', 1), ('HARM', 1), ('RISK', 1), ('RC', 1);

CREATE TABLE hazard (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id     TEXT NOT NULL UNIQUE,
  category     TEXT NOT NULL,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX hazard_category ON hazard (category);

CREATE TABLE hazardous_situation (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id     TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE harm (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id     TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

-- Hazard → sequence of events → hazardous situation → harm, with level numbers of the plan's scales.
-- P1/P2 are set when the plan combines them, P otherwise; residual values are NULL until evaluated.
CREATE TABLE risk_chain (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id            TEXT NOT NULL UNIQUE,
  hazard_id           INTEGER NOT NULL REFERENCES hazard (id),
  sequence_of_events  TEXT NOT NULL DEFAULT '',
  situation_id        INTEGER NOT NULL REFERENCES hazardous_situation (id),
  harm_id             INTEGER NOT NULL REFERENCES harm (id),
  initial_p1          INTEGER CHECK (initial_p1 BETWEEN 1 AND 6),
  initial_p2          INTEGER CHECK (initial_p2 BETWEEN 1 AND 6),
  initial_p           INTEGER CHECK (initial_p BETWEEN 1 AND 6),
  initial_s           INTEGER NOT NULL CHECK (initial_s BETWEEN 1 AND 6),
  residual_p1         INTEGER CHECK (residual_p1 BETWEEN 1 AND 6),
  residual_p2         INTEGER CHECK (residual_p2 BETWEEN 1 AND 6),
  residual_p          INTEGER CHECK (residual_p BETWEEN 1 AND 6),
  residual_s          INTEGER CHECK (residual_s BETWEEN 1 AND 6),
  benefit_risk        TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX risk_chain_hazard ON risk_chain (hazard_id);
CREATE INDEX risk_chain_situation ON risk_chain (situation_id);
CREATE INDEX risk_chain_harm ON risk_chain (harm_id);

-- The software items that can contribute to a chain and through what cause (IEC 62304 7.1.2).
CREATE TABLE risk_cause (
  id           INTEGER PRIMARY KEY,
  chain_id     INTEGER NOT NULL REFERENCES risk_chain (id) ON DELETE CASCADE,
  item_id      INTEGER NOT NULL REFERENCES software_item (id) ON DELETE CASCADE,
  category     TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX risk_cause_chain ON risk_cause (chain_id);
CREATE INDEX risk_cause_item ON risk_cause (item_id);

CREATE TABLE risk_control (
  id                           INTEGER PRIMARY KEY AUTOINCREMENT,
  human_id                     TEXT NOT NULL UNIQUE,
  type                         TEXT NOT NULL CHECK (type IN ('inherent-safety', 'protective-measure', 'information-for-safety')),
  name                         TEXT NOT NULL,
  description                  TEXT NOT NULL DEFAULT '',
  implementation_verification  TEXT NOT NULL DEFAULT '',
  effectiveness_verification   TEXT NOT NULL DEFAULT '',
  -- ISO 14971 7.5: the control brings a new hazard, to be analysed (new_hazard_id once it is recorded).
  introduces_hazard            INTEGER NOT NULL DEFAULT 0 CHECK (introduces_hazard IN (0, 1)),
  new_hazard_id                INTEGER REFERENCES hazard (id),
  created_at                   TEXT NOT NULL,
  updated_at                   TEXT NOT NULL
) STRICT;
CREATE INDEX risk_control_type ON risk_control (type);
CREATE INDEX risk_control_new_hazard ON risk_control (new_hazard_id);

CREATE TABLE risk_chain_control (
  chain_id    INTEGER NOT NULL REFERENCES risk_chain (id) ON DELETE CASCADE,
  control_id  INTEGER NOT NULL REFERENCES risk_control (id) ON DELETE CASCADE,
  PRIMARY KEY (chain_id, control_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX risk_chain_control_control ON risk_chain_control (control_id);
