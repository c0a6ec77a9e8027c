// Starts the integrity worker from source: TypeScript is loaded through tsx, as for the `cairn` command.
// The bundles start their own compiled integrity-worker.(c|m)js instead (see integrity-watch.ts).
import { register } from 'tsx/esm/api';

register();
await import('./integrity-worker.ts');
