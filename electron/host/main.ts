import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core';
import { SOURCE_ROOT, sourceCoreConfig } from '../core/node-defaults';
import { newLaunchSecret } from './launch-gate';
import { createHost, listen } from './server';

/** `npm run web`: the HTTP door. Prints its URL and serves until interrupted. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '0' }, renderer: { type: 'string' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
    process.exit(2);
  }
  const rendererDir = values.renderer ?? join(SOURCE_ROOT, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`The renderer is not built (no ${join(rendererDir, 'index.html')}); run "npm run build:renderer".`);
    process.exit(1);
  }
  const core = createCore(sourceCoreConfig());
  const { server, launchPath } = createHost({ core, rendererDir, secret: newLaunchSecret() });
  const url = await listen(server, port);
  // Printed once: the address with this launch's secret lets one browser in per visit; keep it to yourself.
  console.log(`Cairn is running at ${new URL(launchPath, url).href}`);
  const stop = async () => {
    server.close();
    server.closeAllConnections();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Cairn could not start: ${(error as Error).message}`);
  process.exit(1);
});
