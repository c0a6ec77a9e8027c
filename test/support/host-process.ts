// A host in its own process, for tests that must see whether bad requests bring the host down.
// Usage: node out/test-children/host-process.mjs (bundled by child-scripts.ts) <rendererDir>; prints "listening <launch url>" when ready.
import { newLaunchSecret } from '../../electron/host/launch-gate';
import { createHost, listen } from '../../electron/host/server';
import { createTestCore } from './test-core';

const rendererDir = process.argv[2];
const userDataDir = process.env.CAIRN_USER_DATA;
if (!rendererDir || !userDataDir) {
  process.stderr.write('usage: CAIRN_USER_DATA=<dir> host-process.ts <rendererDir>\n');
  process.exit(2);
}
const core = createTestCore({ userDataDir });
const { server, launchPath } = createHost({ core, rendererDir, secret: newLaunchSecret() });
const url = await listen(server, 0);
process.stdout.write(`listening ${new URL(launchPath, url).href}\n`);
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void core.close().then(() => process.exit(0));
});
