// The two-writers process: opens a project through its own core, signs in and creates `count`
// requirements titled "<label> <n>", one mutation each, as fast as it can. It never retries, so every
// refusal is counted; at the end it prints one JSON line: {"ok":…, "errors":{"<code>":…}}.
// Usage: CAIRN_USER_DATA=<dir> CAIRN_PASSWORD=<pw> node out/test-children/mutation-writer-process.mjs (bundled by child-scripts.ts) <file> <email> <label> <count>
import { createTestCore } from './test-core';

const [file, email, label, countText] = process.argv.slice(2);
const password = process.env.CAIRN_PASSWORD;
const userDataDir = process.env.CAIRN_USER_DATA;
const count = Number(countText);
if (!file || !email || !label || !password || !userDataDir || !Number.isInteger(count)) {
  process.stderr.write('usage: CAIRN_USER_DATA=… CAIRN_PASSWORD=… mutation-writer-process.ts <file> <email> <label> <count>\n');
  process.exit(2);
}

const core = createTestCore({ userDataDir, clock: () => new Date() });
for (const [method, input] of [
  ['project.open', { path: file }],
  ['session.signIn', { email, password }],
] as const) {
  const result = await core.call(method, input);
  if (!result.ok) {
    process.stdout.write(`${JSON.stringify({ setupFailed: method, error: result.error })}\n`);
    process.exit(1);
  }
}

let ok = 0;
const errors: Record<string, number> = {};
const messages = new Set<string>();
for (let n = 1; n <= count; n += 1) {
  const result = await core.invoke('requirements.create', { title: `${label} ${n}`, text: `Written by ${label} as mutation ${n}.` });
  if (result.ok) ok += 1;
  else {
    errors[result.error.code] = (errors[result.error.code] ?? 0) + 1;
    messages.add(result.error.message);
  }
}
await core.close();
process.stdout.write(`${JSON.stringify({ ok, errors, messages: [...messages] })}\n`);
