import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Core, CoreEvent } from '../../electron/core/core';
import { EventStreams, MAX_BACKLOG_BYTES, MAX_SUBSCRIBERS } from '../../electron/host/event-stream';

/** A core that only pushes events, and responses that record what was written to them. */
function fakes() {
  const events = new EventEmitter();
  const core = {
    onEvent: (listener: (event: CoreEvent) => void) => {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
  } as unknown as Core;
  const response = () => {
    const res = Object.assign(new EventEmitter(), {
      writableLength: 0,
      written: [] as string[],
      destroyed: false,
      writeHead: () => res,
      write: (chunk: string) => res.written.push(chunk),
      destroy: () => {
        res.destroyed = true;
        res.emit('close');
      },
    });
    return res;
  };
  const push = () => events.emit('event', { type: 'project.changed', method: 'project.update' } satisfies CoreEvent);
  return { core, response, push, listeners: () => events.listenerCount('event') };
}

describe('event streams', () => {
  it('forwards events and stops listening when the subscriber leaves', () => {
    const { core, response, push, listeners } = fakes();
    const streams = new EventStreams(core);
    const req = new EventEmitter();
    const res = response();
    expect(streams.open(req as IncomingMessage, res as unknown as ServerResponse)).toBe(true);
    push();
    expect(res.written.at(-1)).toMatch(/^event: project\.changed\n/);
    req.emit('close');
    expect(listeners()).toBe(0);
  });

  it(`cuts off a subscriber that stopped reading once ${MAX_BACKLOG_BYTES} bytes wait for it`, () => {
    const { core, response, push, listeners } = fakes();
    const streams = new EventStreams(core);
    const res = response();
    streams.open(new EventEmitter() as IncomingMessage, res as unknown as ServerResponse);
    res.writableLength = MAX_BACKLOG_BYTES + 1;
    push();
    expect(res.destroyed).toBe(true);
    expect(listeners()).toBe(0);
  });

  it(`refuses subscriber ${MAX_SUBSCRIBERS + 1} and frees a place when one leaves`, () => {
    const { core, response } = fakes();
    const streams = new EventStreams(core);
    const open = () => {
      const req = new EventEmitter();
      return { req, accepted: streams.open(req as IncomingMessage, response() as unknown as ServerResponse) };
    };
    const first = Array.from({ length: MAX_SUBSCRIBERS }, open);
    expect(first.every((s) => s.accepted)).toBe(true);
    expect(open().accepted).toBe(false);
    first[0]?.req.emit('close');
    expect(open().accepted).toBe(true);
  });
});
