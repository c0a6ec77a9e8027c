import { parentPort, workerData } from 'node:worker_threads';
import type { ChainReport } from '../../../shared/api/audit-types';
import { openProjectForReading } from '../projects/open-project';
import { checkIntegrity } from './integrity-check';

/** Messages from the integrity worker to the core. */
export type IntegrityWorkerMessage =
  { type: 'started'; total: number } | { type: 'progress'; checked: number } | { type: 'done'; report: ChainReport } | { type: 'failed'; message: string };

/** How often progress is posted: often enough for a moving bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 2_000;

const post = (message: IntegrityWorkerMessage) => parentPort?.postMessage(message);

// The whole check is synchronous SQLite work (seconds on a large file): in its own thread, over its own
// read-only connection, it never holds up the core's answers to the window.
try {
  // The project key of an encrypted file crosses to this thread as bytes (structured clone drops Buffer).
  const { path, key } = workerData as { path: string; key: Uint8Array | null };
  const project = openProjectForReading(path, key ? Buffer.from(key) : null);
  try {
    // One read transaction: the whole check sees one snapshot, whatever the core commits meanwhile.
    const report = project.db.transaction(() => {
      post({ type: 'started', total: project.audit.count() });
      return checkIntegrity(project, undefined, (seq) => {
        if (seq % PROGRESS_EVERY === 0) post({ type: 'progress', checked: seq });
      });
    })();
    post({ type: 'done', report });
  } finally {
    project.close();
  }
} catch (error) {
  post({ type: 'failed', message: (error as Error).message });
}
