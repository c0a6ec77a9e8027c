import { Worker } from 'node:worker_threads';
import type { IntegrityStatus } from '../../../shared/api/audit-types';
import type { OpenProject } from '../projects/open-project';
import type { IntegrityWorkerMessage } from './integrity-worker';

/** From source (tsx, vitest) the worker loads TypeScript through an entry; in a bundle it is the sibling bundle. */
function workerUrl(): URL {
  const bundled = /\.(c|m)js$/.exec(import.meta.url);
  return bundled ? new URL(`./integrity-worker${bundled[0]}`, import.meta.url) : new URL('./integrity-worker-entry.mjs', import.meta.url);
}

const IDLE: IntegrityStatus = { state: 'idle', checked: 0, total: 0, startedAt: null, elapsedMs: null, report: null, error: null };

/** One background check per open project; it ends with the project (see stopIntegrityCheck). */
const checks = new WeakMap<OpenProject, { status: IntegrityStatus; worker: Worker }>();

/**
 * Runs the same check as `cairn verify` on the file just opened, in a worker thread over its own
 * read-only connection, so the window and every other request go on answering meanwhile.
 */
function startIntegrityCheck(project: OpenProject, now: () => string): IntegrityStatus {
  const started = Date.now();
  const worker = new Worker(workerUrl(), { workerData: { path: project.path, key: project.key } });
  const check: { status: IntegrityStatus; worker: Worker } = { status: { ...IDLE, state: 'running', startedAt: now() }, worker };
  checks.set(project, check);
  const update = (change: Partial<IntegrityStatus>) => (check.status = { ...check.status, ...change });
  worker.on('message', (message: IntegrityWorkerMessage) => {
    if (message.type === 'started') update({ total: message.total });
    else if (message.type === 'progress') update({ checked: message.checked });
    else if (message.type === 'done') update({ state: 'done', checked: message.report.checked, report: message.report, elapsedMs: Date.now() - started });
    else update({ state: 'failed', error: message.message, elapsedMs: Date.now() - started });
  });
  worker.on('error', (error) => update({ state: 'failed', error: error.message }));
  return check.status;
}

/**
 * The check of this opening of the project, started by the first window that asks after the project
 * opened (the dashboard does at once). The CLI never asks: `cairn verify` is its check, and a one-shot
 * command should not pay for a second one.
 */
export function integrityStatus(project: OpenProject, now: () => string): IntegrityStatus {
  return checks.get(project)?.status ?? startIntegrityCheck(project, now);
}

/** Stops a check still running when its project closes: its connection must not outlive the project's. */
export function stopIntegrityCheck(project: OpenProject | null): void {
  if (project) void integrityCheckStopped(project);
}

/** Stops the project's check, resolving once its worker, and so its connection to the file, is gone. */
export async function integrityCheckStopped(project: OpenProject): Promise<void> {
  const check = checks.get(project);
  if (!check) return;
  checks.delete(project);
  if (check.status.state === 'running') await check.worker.terminate();
}
