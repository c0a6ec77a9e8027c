// Opens and closes one project `times` times, as a person switching projects would; prints "ok" at the
// end or "fail <n> <envelope>" at the first refusal.
// Usage: CAIRN_USER_DATA=<dir> node out/test-children/open-loop-process.mjs (bundled by child-scripts.ts) <file> <times>
import { createTestCore } from './test-core';

const [file, timesText] = process.argv.slice(2);
const userDataDir = process.env.CAIRN_USER_DATA;
const times = Number(timesText);
if (!file || !userDataDir || !Number.isInteger(times)) {
  process.stderr.write('usage: CAIRN_USER_DATA=… open-loop-process.ts <file> <times>\n');
  process.exit(2);
}
const core = createTestCore({ userDataDir });
for (let n = 1; n <= times; n += 1) {
  const opened = await core.call('project.open', { path: file });
  if (!opened.ok) {
    process.stdout.write(`fail ${n} ${JSON.stringify(opened)}\n`);
    process.exit(1);
  }
  await core.call('project.close', {});
}
process.stdout.write('ok\n');
