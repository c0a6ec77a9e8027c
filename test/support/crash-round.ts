import type { ChainReport } from '../../shared/api/audit-types';
import { openProjectDb } from './project-db';
import { spawn } from 'node:child_process';
import { childScript } from './child-scripts';
import { REPO_ROOT } from './paths';
import { OWNER } from './team';
import { createTestCore } from './test-core';

export interface CrashRoundOptions {
  file: string;
  userData: string;
  /** The first n this writer writes. */
  from: number;
  /** Kill once this many acks were seen (≥ 1, so every kill lands mid-stream)… */
  killAfterAcks: number;
  /** …plus this many milliseconds, so the kill falls at a random point of a write. */
  extraDelayMs: number;
  /** Change the team before each write, so every write also rewrites an encrypted file's key envelope. */
  team?: boolean;
}

/** Every n the writer acknowledged, in order, before SIGKILL ended it. */
export function runCrashRound(o: CrashRoundOptions): Promise<number[]> {
  // The bundled writer run by node itself: SIGKILL lands on the process that writes.
  const child = spawn(process.execPath, [childScript('writer-process'), o.file, OWNER.email, String(o.from)], {
    cwd: REPO_ROOT,
    env: { ...process.env, CAIRN_USER_DATA: o.userData, CAIRN_PASSWORD: OWNER.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: number[] = [];
  let pending = '';
  let stderr = '';
  let failure = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    // A line cut off by the kill has no newline yet: it was never fully printed, so it is no ack.
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const ack = /^ack (\d+)$/.exec(line);
      if (ack) {
        acked.push(Number(ack[1]));
        if (acked.length === o.killAfterAcks) setTimeout(() => child.kill('SIGKILL'), o.extraDelayMs);
      } else if (line.startsWith('fail')) failure = line;
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL' && !failure) resolve(acked);
      else reject(new Error(`writer ended with code ${code} signal ${signal}: ${failure} ${stderr}`));
    });
  });
}

export interface CrashCheck {
  /** Empty when the file survived the kill with every acknowledged write. */
  problems: string[];
  /** The highest n stored: the next writer starts after it. */
  lastStored: number;
}

const WRITER_NAME = /^Writer (\d+)$/;

/**
 * Reopens a killed writer's file and checks it: SQLite integrity, every n from 1 to the highest stored
 * present exactly once in the audit trail (writes land whole and in order), every acked n among them, at
 * most one unacknowledged write beyond the last ack (the one in flight), the product row agreeing with
 * the trail, and the hash chain verifying through the core.
 */
export async function checkAfterCrash(file: string, userData: string, acked: readonly number[]): Promise<CrashCheck> {
  const problems: string[] = [];
  const db = openProjectDb(file);
  let stored: number[];
  let productName: string;
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    stored = (db.prepare("SELECT json_extract(after_json, '$.productName') FROM audit_log WHERE method = 'project.update' ORDER BY seq").pluck().all() as string[]).map((name) =>
      Number(WRITER_NAME.exec(name)?.[1] ?? NaN),
    );
    productName = db.prepare('SELECT product_name FROM project WHERE id = 1').pluck().get() as string;
  } finally {
    db.close();
  }
  const lastStored = stored.length;
  stored.forEach((n, i) => {
    if (n !== i + 1) problems.push(`audit row ${i + 1} of project.update holds Writer ${n}, expected Writer ${i + 1}`);
  });
  const present = new Set(stored);
  const lost = acked.filter((n) => !present.has(n));
  if (lost.length) problems.push(`acknowledged writes missing from the audit trail: ${lost.join(', ')}`);
  const lastAck = acked.at(-1) ?? 0;
  if (lastAck > lastStored) problems.push(`acked Writer ${lastAck} but the trail ends at Writer ${lastStored}`);
  if (lastStored > lastAck + 1) problems.push(`the trail holds Writer ${lastStored}, more than one beyond the last ack ${lastAck}`);
  if (productName !== `Writer ${lastStored}` && lastStored > 0) problems.push(`product name "${productName}" but the trail ends at Writer ${lastStored}`);
  const core = createTestCore({ userDataDir: userData, clock: () => new Date() });
  try {
    const opened = await core.call('project.open', { path: file, password: OWNER.password });
    const report = opened.ok ? await core.call('audit.verify', {}) : opened;
    // A kill between a deactivation and its re-key leaves the old key, which verify reports as upkeep
    // (kind 'key'); the next deactivation replaces it. Anything else it finds is a problem.
    const found = report.ok ? (report.value as ChainReport) : null;
    if (!found || found.firstBroken || found.problems.some((problem) => problem.kind !== 'key')) problems.push(`audit.verify: ${JSON.stringify(report)}`);
  } finally {
    await core.close();
  }
  return { problems, lastStored };
}
