// The crash-safety writer: opens a project through the core, signs in as its owner and renames the
// product "Writer <n>" for n = from, from + 1, … forever, printing "ack <n>" after each call returned ok.
// With a fourth argument `team`, each rename is preceded by deactivating or reactivating member 2, so every
// step rewrites the key envelope of an encrypted file (a seal): the kill then lands in seals too.
// Usage: CAIRN_USER_DATA=<dir> CAIRN_PASSWORD=<pw> node out/test-children/writer-process.mjs (bundled by child-scripts.ts) <file> <email> <from> [team]
import { createTestCore } from './test-core';

const [file, email, fromText, mode] = process.argv.slice(2);
const password = process.env.CAIRN_PASSWORD;
const userDataDir = process.env.CAIRN_USER_DATA;
const from = Number(fromText);
if (!file || !email || !password || !userDataDir || !Number.isInteger(from)) {
  process.stderr.write('usage: CAIRN_USER_DATA=… CAIRN_PASSWORD=… writer-process.ts <file> <email> <from>\n');
  process.exit(2);
}

// The real clock: a crash test should see the timestamps production writes.
const core = createTestCore({ userDataDir, clock: () => new Date() });

function fail(step: string, result: unknown): never {
  process.stdout.write(`fail ${step} ${JSON.stringify(result)}\n`);
  process.exit(1);
}

const opened = await core.call('project.open', { path: file, password });
if (!opened.ok) fail('open', opened);
const signedIn = await core.call('session.signIn', { email, password });
if (!signedIn.ok) fail('signIn', signedIn);
process.stdout.write('ready\n');
for (let n = from; ; n += 1) {
  if (mode === 'team') {
    const flipped = await core.call(n % 2 === 0 ? 'users.reactivate' : 'users.deactivate', { userId: 2 });
    // Deactivating an inactive member (a kill between the two calls of an earlier round) is refused as a conflict.
    if (!flipped.ok && flipped.error.code !== 'conflict') fail(`team ${n}`, flipped);
  }
  const result = await core.call('project.update', { productName: `Writer ${n}` });
  if (!result.ok) fail(`update ${n}`, result);
  // stdout to a pipe is synchronous on Linux: once this returns, the test can see the ack.
  process.stdout.write(`ack ${n}\n`);
}
