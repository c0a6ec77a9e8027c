import { Worker } from 'node:worker_threads';
import { CairnError } from '../errors';
import type { WorkerMessage } from './pdf-worker';
import type { RenderJob } from './render-job';

/**
 * From source (tsx, vitest) the worker loads TypeScript through an entry; in a bundle (Electron's .cjs,
 * the Node doors' .mjs) it is the sibling bundle with the same extension.
 */
function workerUrl(): URL {
  const bundled = /\.(c|m)js$/.exec(import.meta.url);
  return bundled ? new URL(`./pdf-worker${bundled[0]}`, import.meta.url) : new URL('./pdf-worker-entry.mjs', import.meta.url);
}

/**
 * Renders a job in a worker thread. Aborting the signal terminates the worker at once, even in the
 * middle of pdfmake's layout, and the export ends as cancelled with nothing written.
 */
export function renderInWorker(job: RenderJob, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new CairnError('cancelled', 'The export was cancelled; nothing was written.'));
    const worker = new Worker(workerUrl(), { workerData: job });
    const cancel = () => {
      void worker.terminate();
      reject(new CairnError('cancelled', 'The export was cancelled; nothing was written.'));
    };
    signal.addEventListener('abort', cancel, { once: true });
    const finish = () => signal.removeEventListener('abort', cancel);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.fraction);
      else {
        finish();
        void worker.terminate();
        if (message.type === 'done') resolve(Buffer.from(message.pdf));
        else reject(new Error(`PDF rendering failed: ${message.message}`));
      }
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
  });
}
