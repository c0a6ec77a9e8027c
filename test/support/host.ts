import type { Server } from 'node:http';
import type { Core } from '../../electron/core/core';
import { createHost, listen } from '../../electron/host/server';

export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

/** The real HTTP host on a free loopback port, in this process. `rendererDir` may be any folder. */
export async function startHost(core: Core, rendererDir: string): Promise<RunningHost> {
  const server: Server = createHost({ core, rendererDir });
  const url = await listen(server, 0);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
