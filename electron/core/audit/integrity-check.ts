import { isTampering, type ChainReport, type IntegrityProblem } from '../../../shared/api/audit-types';
import { CairnError } from '../errors';
import { frozenContentProblems } from '../documents/frozen-content';
import type { OpenProject } from '../projects/open-project';
import { anchorProblems, pdfAnchorProblems } from '../signatures/audit-anchor';
import { unapprovedTrustProblems } from '../signatures/trust-check';
import { isLegacyPasswordHash, parsePasswordHash } from '../users/passwords';
import { accountForRecords, TrailState } from './record-accounting';

/** Stored password hashes that Cairn would not have written (refused at sign-in), and earlier-format ones not yet re-hashed. */
function secretProblems(project: OpenProject): IntegrityProblem[] {
  return project.users.list().flatMap((user): IntegrityProblem[] => {
    const parsed = parsePasswordHash(user.passwordHash);
    if (typeof parsed === 'string') return [{ kind: 'secret', table: 'user', record: user.email, detail: `the stored password hash is damaged: ${parsed}` }];
    if (isLegacyPasswordHash(user.passwordHash))
      return [
        { kind: 'legacy', table: 'user', record: user.email, detail: 'the password hash has a 32-byte digest (an earlier format); it is re-hashed when this person next signs in' },
      ];
    return [];
  });
}

/**
 * In an encrypted file, members deactivated since its key was last made: a kill between a deactivation and
 * its re-key leaves the old key, which they knew, opening the file (users/rekey-on-deactivation.ts).
 */
function staleKeyProblems(project: OpenProject): IntegrityProblem[] {
  if (!project.encrypted) return [];
  return project.audit.deactivatedSinceKeyMade().flatMap((id): IntegrityProblem[] => {
    const user = project.users.byId(id);
    if (!user || user.active) return [];
    const detail =
      'deactivated after the project key was last replaced (that re-key was cut off), so the key they knew still opens this file; reactivate and deactivate them again to replace it';
    return [{ kind: 'key', table: 'user', record: user.email, detail }];
  });
}

/**
 * Everything `cairn verify` checks: the hash chain, then every row of every table against the state the
 * trail recorded for it, frozen document content re-hashed, then the secrets. Record checks need an intact chain to compare against.
 */
export function checkIntegrity(project: OpenProject, anchorPdf?: Buffer, onRow?: (seq: number) => void): ChainReport {
  const trail = new TrailState();
  const chain = project.audit.verify((seq, rowsJson) => {
    trail.visit(seq, rowsJson);
    onRow?.(seq);
  });
  const pending = project.audit.pendingRows();
  const problems = chain.ok
    ? [
        ...accountForRecords(project.db, trail, pending),
        ...anchorProblems(project, trail.keysOfUser),
        ...unapprovedTrustProblems(project, trail.firstKeys(), pending),
        ...frozenContentProblems(project),
        ...secretProblems(project),
        ...staleKeyProblems(project),
        ...(anchorPdf ? pdfAnchorProblems(project, anchorPdf) : []),
      ]
    : [];
  return { ...chain, ok: chain.ok && problems.length === 0, problems };
}

/** The first thing a failed check found, in words, and how many more there are. */
export function firstProblem(report: ChainReport): string {
  const first = report.firstBroken ? `audit row ${report.firstBroken.seq}: ${report.firstBroken.reason}` : report.problems.map((p) => `${p.table} ${p.record}: ${p.detail}`)[0];
  const more = report.problems.length > 1 ? ` (and ${report.problems.length - 1} more)` : '';
  return `${first ?? 'unknown problem'}${more}`;
}

/** The report with what only awaits an upgrade (legacy hashes) left out: what signing and upgrading refuse on. */
export function tamperingIn(report: ChainReport): ChainReport {
  const problems = report.problems.filter(isTampering);
  return { ...report, ok: report.firstBroken === null && problems.length === 0, problems };
}

/** Signing is refused while the file fails its own check: a signature must never vouch for tampered records. */
export function requireIntactProject(project: OpenProject): void {
  const report = tamperingIn(checkIntegrity(project));
  if (report.ok) return;
  throw new CairnError('integrity_failed', `Signing is refused: the project file fails its integrity check — ${firstProblem(report)}. Run cairn verify for the full list.`);
}
