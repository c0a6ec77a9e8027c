import { processIo } from './cli-io';
import { runCairn } from './run-cairn';

// The `cairn` binary: the command layer over this process's argv, streams and environment.
process.exitCode = await runCairn(process.argv.slice(2), processIo());
