import { parentPort, workerData } from 'node:worker_threads';
import { renderJob, type RenderJob } from './render-job';

/** Messages from the render worker to the core. */
export type WorkerMessage = { type: 'progress'; fraction: number } | { type: 'done'; pdf: Uint8Array } | { type: 'failed'; message: string };

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);

// pdfmake lays out synchronously: in its own thread it can run for seconds while the core keeps
// answering, pushes progress, and can stop it at once by terminating the worker.
renderJob(workerData as RenderJob, (fraction) => post({ type: 'progress', fraction }))
  .then((bytes) => {
    const pdf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice();
    post({ type: 'done', pdf }, [pdf.buffer]);
  })
  .catch((error: unknown) => post({ type: 'failed', message: (error as Error).message }));
