import type Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainReport } from '../../shared/api/audit-types';
import { GENESIS_HASH } from '../../electron/core/audit/chain';
import { tablesOf } from '../../electron/core/audit/row-ledger';
import { hashPassword } from '../../electron/core/users/passwords';
import { DEMO_PASSWORD } from '../../electron/core/demo/demo-content';
import { recomputeChain } from '../support/chain-rewrite';
import { runCli } from '../support/cli';
import { tamperCopy } from '../support/tamper';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';

// Outside edits to a copy of the sample project, made with plain SQL and every trigger dropped first,
// as someone with the file and the sqlite3 shell would: each must make verify fail naming the record.
const dir = makeTempDir('tamper-records');
const pristine = join(dir, 'sample.cairn');
const userData = join(dir, 'user-data');

async function verifyInProcess(file: string): Promise<ChainReport> {
  const core = createTestCore({ userDataDir: userData });
  try {
    const opened = await core.call('project.open', { path: file, password: DEMO_PASSWORD });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const report = await core.call('audit.verify', {});
    if (!report.ok) throw new Error(JSON.stringify(report.error));
    return report.value as ChainReport;
  } finally {
    await core.close();
  }
}

let copies = 0;
function tampered(edit: (db: Database.Database) => void): string {
  const copy = join(dir, `copy-${(copies += 1)}.cairn`);
  tamperCopy(pristine, copy, edit);
  return copy;
}

const reported = (report: ChainReport, table: string, record: string | RegExp) =>
  report.problems.find((p) => p.table === table && (typeof record === 'string' ? p.record === record : record.test(p.record)));

beforeAll(async () => {
  const core = createTestCore({ userDataDir: userData });
  const created = await core.call('project.createDemo', { path: pristine });
  await core.close();
  expect(created.ok, JSON.stringify(created)).toBe(true);
}, 120_000);
afterAll(() => removeTempDir(dir));

describe('the untampered sample', () => {
  it('verifies: chain intact and every record matches its trail', async () => {
    const report = await verifyInProcess(pristine);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

interface Case {
  name: string;
  edit: (db: Database.Database) => void;
  table: string;
  record: string | RegExp;
  detail: RegExp;
}

const APPROVER = "(SELECT id FROM user WHERE role = 'approver')";
const CASES: Case[] = [
  {
    name: "a requirement's text",
    edit: (db) => db.exec("UPDATE requirement SET text = 'The pump may stop.' WHERE human_id = 'REQ-12'"),
    table: 'requirement',
    record: 'REQ-12',
    detail: /text .* → "The pump may stop\."/,
  },
  {
    name: 'a risk severity S4 → S1',
    edit: (db) => db.exec("UPDATE risk_chain SET initial_s = 1 WHERE human_id = 'RISK-1'"),
    table: 'risk_chain',
    record: 'RISK-1',
    detail: /initial_s 4 → 1/,
  },
  {
    name: "a user's role raised to owner",
    edit: (db) => db.exec("UPDATE user SET role = 'owner' WHERE role = 'reviewer'"),
    table: 'user',
    record: /@/,
    detail: /role "reviewer" → "owner"/,
  },
  {
    name: 'a deactivated user',
    edit: (db) => db.exec("UPDATE user SET active = 0, deactivated_at = '2026-01-02T00:00:00.000Z' WHERE role = 'author'"),
    table: 'user',
    record: /@/,
    detail: /active 1 → 0/,
  },
  {
    name: "a signature's printed name",
    edit: (db) => db.exec("UPDATE signature SET printed_name = 'Someone Else' WHERE id = 1"),
    table: 'signature',
    record: /signature by Someone Else/,
    detail: /printed_name/,
  },
  { name: 'a deleted signature', edit: (db) => db.exec('DELETE FROM signature WHERE id = 2'), table: 'signature', record: /signature by/, detail: /deleted outside Cairn/ },
  {
    name: 'an inserted approval',
    edit: (db) =>
      db.exec(`INSERT INTO signature (version_id, review_round, user_id, printed_name, role, meaning, signed_at, content_sha256, self_approval)
        SELECT version_id, review_round + 100, ${APPROVER}, 'Henrik Vogel', 'approver', 'approved', signed_at, content_sha256, 0 FROM signature WHERE id = 1`),
    table: 'signature',
    record: /signature by Henrik Vogel/,
    detail: /no audited change introduced this row/,
  },
  {
    name: "an approved version's frozen content",
    edit: (db) =>
      db.exec(
        "UPDATE document_version SET content_json = replace(content_json, 'the', 'no') WHERE state = 'approved' AND id = (SELECT min(id) FROM document_version WHERE state = 'approved')",
      ),
    table: 'document_version',
    record: / v\d+$/,
    detail: /content_json \(long value\)/,
  },
  {
    name: 'a forged password hash (a chosen password)',
    edit: (db) => db.prepare("UPDATE user SET password_hash = ? WHERE role = 'approver'").run(hashPassword('chosen by the attacker')),
    table: 'user',
    record: /@/,
    detail: /password_hash/,
  },
  {
    name: 'a record signature deleted',
    edit: (db) => db.exec('DELETE FROM record_signature WHERE id = (SELECT min(id) FROM record_signature)'),
    table: 'record_signature',
    record: /signature by/,
    detail: /deleted outside Cairn/,
  },
  {
    name: 'every audit row deleted',
    edit: (db) => db.prepare('DELETE FROM audit_log').run() && db.prepare('UPDATE audit_head SET seq = 0, hash = ?').run(GENESIS_HASH),
    table: 'project',
    record: 'project [1]',
    detail: /no audited change introduced this row/,
  },
  {
    name: 'the last 50 audit rows deleted and the head moved',
    edit: (db) => {
      db.exec('DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 50 FROM audit_log)');
      db.exec('UPDATE audit_head SET (seq, hash) = (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1)');
    },
    table: 'document',
    record: /.+/,
    detail: /no audited change introduced this row|changed outside Cairn/,
  },
];

describe.concurrent('each outside edit is reported by verify, naming the record', () => {
  it.for(CASES)('$name', async ({ edit, table, record, detail }) => {
    const report = await verifyInProcess(tampered(edit));
    expect(report.ok).toBe(false);
    const problem = reported(report, table, record);
    expect(problem, JSON.stringify(report.problems.slice(0, 5))).toBeDefined();
    expect(problem?.detail).toMatch(detail);
  });
});

describe('history rewritten with a recomputed chain', () => {
  it('ten rows dropped from the middle and every hash recomputed: the records they changed no longer match', async () => {
    const report = await verifyInProcess(
      tampered((db) => {
        db.exec('DELETE FROM audit_log WHERE seq BETWEEN 200 AND 209');
        recomputeChain(db);
      }),
    );
    expect(report.firstBroken).toBeNull();
    expect(report.ok).toBe(false);
    // Signatures made after the cut vouched for the old hashes: their anchors no longer hold.
    expect(report.problems.filter((p) => p.kind === 'anchor').map((p) => p.detail)).toContainEqual(expect.stringMatching(/history before it was rewritten|history was cut/));
  });

  it('an anchor re-signed by a key the trail never gave its signer is reported', async () => {
    const report = await verifyInProcess(
      tampered((db) => {
        const other = db.prepare('SELECT certificate_pem, fingerprint FROM signing_key ORDER BY user_id DESC LIMIT 1').get() as { certificate_pem: string; fingerprint: string };
        db.prepare(
          'UPDATE audit_anchor SET certificate_pem = ?, fingerprint = ? WHERE id = (SELECT min(id) FROM audit_anchor WHERE signer_id <> (SELECT max(user_id) FROM signing_key))',
        ).run(other.certificate_pem, other.fingerprint);
      }),
    );
    expect(report.problems.filter((p) => p.kind === 'anchor').map((p) => p.detail)).toContainEqual(expect.stringMatching(/never given to the signer|does not verify/));
  });
});

describe('trust and keys changed outside Cairn', () => {
  it("a user's certificate swapped for another's is reported on signing_key", async () => {
    const report = await verifyInProcess(
      tampered((db) => {
        const [a, b] = db.prepare('SELECT user_id, certificate_pem, fingerprint FROM signing_key ORDER BY user_id LIMIT 2').all() as {
          user_id: number;
          certificate_pem: string;
          fingerprint: string;
        }[];
        if (!a || !b) throw new Error('the sample needs two signing keys');
        db.prepare('UPDATE signing_key SET certificate_pem = ?, fingerprint = ? WHERE user_id = ?').run(b.certificate_pem, b.fingerprint, a.user_id);
      }),
    );
    expect(reported(report, 'signing_key', /^key of /)?.detail).toMatch(/certificate_pem|fingerprint/);
  });

  it('a trusted certificate no audited event introduced is reported', async () => {
    const report = await verifyInProcess(
      tampered((db) =>
        db.exec(`INSERT INTO trusted_certificate (fingerprint, subject, certificate_pem, note, added_by, added_at)
          SELECT 'ab' || substr(fingerprint, 3), 'CN=Mallory', certificate_pem, 'forged', 1, '2026-01-01T00:00:00.000Z' FROM signing_key LIMIT 1`),
      ),
    );
    expect(reported(report, 'trusted_certificate', 'CN=Mallory')?.detail).toBe('no audited change introduced this row');
  });
});

describe('signing on a tampered file', () => {
  it('refuses a signed export and says which record is wrong', async () => {
    const copy = tampered((db) => db.exec("UPDATE requirement SET text = 'The pump may stop.' WHERE human_id = 'REQ-12'"));
    const core = createTestCore({ userDataDir: userData });
    try {
      expect((await core.call('project.open', { path: copy })).ok).toBe(true);
      expect((await core.call('session.signIn', { email: 'henrik.vogel@alder-resp.example', password: DEMO_PASSWORD })).ok).toBe(true);
      const docs = await core.call('documents.list', {});
      const srs = docs.ok ? (docs.value as { id: number; docKey: string }[]).find((d) => d.docKey === 'SRS') : undefined;
      const result = await core.call('documents.exportPdf', { documentId: srs?.id ?? 0, sign: true, password: DEMO_PASSWORD });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatchObject({ code: 'integrity_failed', message: expect.stringContaining('requirement REQ-12') });
    } finally {
      await core.close();
    }
  });
});

describe('every audited table', () => {
  it('reports one changed column in the first row of each table that has rows', async () => {
    const expected: string[] = [];
    const copy = tampered((db) => {
      db.pragma('ignore_check_constraints = ON');
      db.pragma('foreign_keys = OFF');
      for (const shape of tablesOf(db).tracked) {
        const row = db.prepare(`SELECT * FROM "${shape.name}" LIMIT 1`).get() as Record<string, unknown> | undefined;
        const column = [...shape.columns].reverse().find((c) => !shape.key.includes(c) && !['human_id', 'doc_key', 'email'].includes(c));
        if (!row || !column) continue;
        const value = row[column];
        const type = db.prepare('SELECT type FROM pragma_table_info(?) WHERE name = ?').pluck().get(shape.name, column);
        const forged = type === 'INTEGER' || type === 'REAL' ? Number(value ?? 0) + 1 : type === 'BLOB' ? Buffer.from('forged') : `${String(value ?? '')} (forged)`;
        const where = shape.key.map((c) => `"${c}" IS ?`).join(' AND ');
        db.prepare(`UPDATE "${shape.name}" SET "${column}" = ? WHERE ${where}`).run(forged, ...shape.key.map((c) => row[c]));
        expected.push(shape.name);
      }
    });
    const report = await verifyInProcess(copy);
    expect(expected.length).toBeGreaterThan(40);
    const flagged = new Set(report.problems.map((p) => p.table));
    expect(expected.filter((table) => !flagged.has(table))).toEqual([]);
  });
});

describe('cairn verify from the command line', () => {
  it('exits 3 and prints table, human ID and what differs', async () => {
    const copy = tampered((db) => db.exec("UPDATE requirement SET text = 'The pump may stop.' WHERE human_id = 'REQ-12'"));
    const result = await runCli(['verify', copy], { userData, password: DEMO_PASSWORD });
    expect(result.code, result.stderr).toBe(3);
    expect(result.stdout).toMatch(/requirement REQ-12: changed outside Cairn since audit row \d+: text ".*" → "The pump may stop\."/);
  });
});
