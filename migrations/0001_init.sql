-- 0001_init: the foundation every later area stands on.
-- Why: a project file must identify its product, its team (who may sign), and keep an
-- append-only, hash-chained audit trail of every change so tampering is detectable.

-- One row: the product this file is about.
CREATE TABLE project (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  product_name  TEXT NOT NULL,
  manufacturer  TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  created_with  TEXT NOT NULL
) STRICT;

-- Team members are never deleted: audit rows and signatures keep pointing at them.
CREATE TABLE user (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  email           TEXT NOT NULL COLLATE NOCASE UNIQUE,
  role            TEXT NOT NULL CHECK (role IN ('owner', 'author', 'reviewer', 'approver')),
  password_hash   TEXT NOT NULL,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at      TEXT NOT NULL,
  deactivated_at  TEXT
) STRICT;
CREATE INDEX user_active ON user (active);

-- Append-only. Each row's hash covers its content and the previous row's hash (see audit/chain.ts).
CREATE TABLE audit_log (
  seq          INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  user_id      INTEGER REFERENCES user (id),
  user_name    TEXT,
  method       TEXT NOT NULL,
  action       TEXT NOT NULL,
  entity       TEXT NOT NULL,
  entity_id    TEXT,
  summary      TEXT NOT NULL,
  before_json  TEXT,
  after_json   TEXT,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_action ON audit_log (action);

-- The chain's head, so that cutting rows off the end is detected too.
CREATE TABLE audit_head (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  seq   INTEGER NOT NULL,
  hash  TEXT NOT NULL
) STRICT;

-- Refuse edits and deletes of audit rows from inside the app's own connection.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
