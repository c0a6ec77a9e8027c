import type { Core } from '../../electron/core/core';
import { newLaunchSecret } from '../../electron/host/launch-gate';
import { createHost, listen } from '../../electron/host/server';
import { enterHost, type HostAddress } from './http-client';

export interface RunningHost extends HostAddress {
  /** The address with the launch secret, as `npm run web` prints it. */
  launchUrl: string;
  close(): Promise<void>;
}

/**
 * The real HTTP host on a free loopback port, in this process, with one client already let in through
 * the launch address (its cookie is `cookie`). `rendererDir` may be any folder.
 */
export async function startHost(core: Core, rendererDir: string): Promise<RunningHost> {
  const { server, launchPath } = createHost({ core, rendererDir, secret: newLaunchSecret() });
  const url = await listen(server, 0);
  const launchUrl = new URL(launchPath, url).href;
  const client = await enterHost(launchUrl);
  return {
    ...client,
    launchUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
