-- 0002_documents: controlled documents, their versions and Part 11-style e-signatures, each user's
-- signing key, and the certificates the project trusts.
-- Why: every later area turns its records into documents through this engine, so versions must be
-- reviewable and approvable, signatures must bind to the exact content they cover, and a change to an
-- approved document's records must be detectable.

CREATE TABLE document (
  id           INTEGER PRIMARY KEY,
  doc_key      TEXT NOT NULL UNIQUE,
  doc_type     TEXT NOT NULL,
  title        TEXT NOT NULL,
  params_json  TEXT NOT NULL DEFAULT '{}',
  created_at   TEXT NOT NULL,
  created_by   INTEGER NOT NULL REFERENCES user (id),
  retired_at   TEXT
) STRICT;
CREATE INDEX document_type ON document (doc_type);
CREATE INDEX document_created_by ON document (created_by);

-- A draft shows the live records; sending it for review freezes the content it will be signed on.
CREATE TABLE document_version (
  id                   INTEGER PRIMARY KEY,
  document_id          INTEGER NOT NULL REFERENCES document (id),
  version              INTEGER NOT NULL CHECK (version > 0),
  state                TEXT NOT NULL CHECK (state IN ('draft', 'in_review', 'approved', 'obsolete')),
  author_id            INTEGER NOT NULL REFERENCES user (id),
  created_at           TEXT NOT NULL,
  review_round         INTEGER NOT NULL DEFAULT 0,
  content_json         TEXT,
  content_sha256       TEXT,
  change_note          TEXT NOT NULL DEFAULT '',
  change_summary_json  TEXT,
  sent_at              TEXT,
  approved_at          TEXT,
  obsoleted_at         TEXT,
  UNIQUE (document_id, version)
) STRICT;
CREATE INDEX document_version_document ON document_version (document_id);
CREATE INDEX document_version_author ON document_version (author_id);
CREATE INDEX document_version_state ON document_version (state);

-- Who was asked to review and approve a version in its current round.
CREATE TABLE version_participant (
  version_id  INTEGER NOT NULL REFERENCES document_version (id),
  user_id     INTEGER NOT NULL REFERENCES user (id),
  duty        TEXT NOT NULL CHECK (duty IN ('reviewer', 'approver')),
  PRIMARY KEY (version_id, user_id, duty)
) STRICT;
CREATE INDEX version_participant_user ON version_participant (user_id);

-- 21 CFR 11.50 manifestation and 11.70 binding: printed name, role, meaning, UTC time, content hash.
CREATE TABLE signature (
  id              INTEGER PRIMARY KEY,
  version_id      INTEGER NOT NULL REFERENCES document_version (id),
  review_round    INTEGER NOT NULL,
  user_id         INTEGER NOT NULL REFERENCES user (id),
  printed_name    TEXT NOT NULL,
  role            TEXT NOT NULL,
  meaning         TEXT NOT NULL CHECK (meaning IN ('authored', 'reviewed', 'approved')),
  signed_at       TEXT NOT NULL,
  content_sha256  TEXT NOT NULL,
  self_approval   INTEGER NOT NULL DEFAULT 0 CHECK (self_approval IN (0, 1)),
  UNIQUE (version_id, review_round, user_id, meaning)
) STRICT;
CREATE INDEX signature_version ON signature (version_id);
CREATE INDEX signature_user ON signature (user_id);

CREATE TRIGGER signature_no_update BEFORE UPDATE ON signature
BEGIN SELECT RAISE(ABORT, 'signatures are permanent'); END;
CREATE TRIGGER signature_no_delete BEFORE DELETE ON signature
BEGIN SELECT RAISE(ABORT, 'signatures are permanent'); END;

-- One signing key per user: the certificate in clear, the private key encrypted under their password.
CREATE TABLE signing_key (
  user_id            INTEGER PRIMARY KEY REFERENCES user (id),
  certificate_pem    TEXT NOT NULL,
  encrypted_key_pem  TEXT NOT NULL,
  fingerprint        TEXT NOT NULL,
  subject            TEXT NOT NULL,
  not_after          TEXT NOT NULL,
  source             TEXT NOT NULL CHECK (source IN ('generated', 'imported')),
  created_at         TEXT NOT NULL
) STRICT;

CREATE TABLE trusted_certificate (
  id               INTEGER PRIMARY KEY,
  fingerprint      TEXT NOT NULL UNIQUE,
  subject          TEXT NOT NULL,
  certificate_pem  TEXT NOT NULL,
  note             TEXT NOT NULL DEFAULT '',
  added_by         INTEGER NOT NULL REFERENCES user (id),
  added_at         TEXT NOT NULL
) STRICT;
CREATE INDEX trusted_certificate_added_by ON trusted_certificate (added_by);
