import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core, CoreEvent } from '../core/core';

/** Event-stream subscribers at once, over all browser sessions: a few tabs each, with room to spare. */
export const MAX_SUBSCRIBERS = 16;
/**
 * Bytes queued for one subscriber that is not reading. Events are small; a backlog this large means a
 * stalled client, which is dropped rather than allowed to hold memory.
 */
export const MAX_BACKLOG_BYTES = 256 * 1024;

/** Server-sent events to a bounded number of subscribers; a stalled one is cut off. */
export class EventStreams {
  private count = 0;

  constructor(private readonly core: Core) {}

  /** False when the cap is reached; the caller answers with a refusal. */
  open(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.count >= MAX_SUBSCRIBERS) return false;
    this.count += 1;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const stop = this.core.onEvent((event: CoreEvent) => {
      if (res.writableLength > MAX_BACKLOG_BYTES) res.destroy();
      else res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      this.count -= 1;
      stop();
    };
    req.on('close', close);
    res.on('close', close);
    return true;
  }
}
