// Starts the render worker from source: TypeScript is loaded through tsx, as for the `cairn` command.
// The Electron bundle starts its own compiled pdf-worker.cjs instead (see render-in-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
