import { type SyncTransport, TransportError } from '@syncraft/runtime';
import type { PullResponse } from '@syncraft/runtime/protocol';
import { describe, expect, it } from 'vitest';
import { gatedLink } from '../../src/simulator/server/gate';

function countingTransport() {
  const sent: string[] = [];
  const transport: SyncTransport = {
    push: async () => {
      sent.push('push');
      return { results: [], cursor: 'c1' } as never;
    },
    pull: async () => {
      sent.push('pull');
      return { changes: [], cursor: 'c1', hasMore: false } as unknown as PullResponse;
    },
  };
  return { sent, transport };
}

describe('a simulated device’s network switch', () => {
  it('offline, a pull fails as a retryable network failure and nothing reaches the server', async () => {
    const { sent, transport } = countingTransport();
    const link = gatedLink(transport, 'Ben');
    link.setOnline(false);
    const failed = await link.transport.pull({} as never).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(TransportError);
    expect((failed as TransportError).retryable).toBe(true);
    expect((failed as TransportError).message).toMatch(/Ben is offline/);
    expect(sent).toEqual([]);
    link.setOnline(true);
    await link.transport.pull({} as never);
    expect(sent).toEqual(['pull']);
  });

  it('a change notice reaches an online device only', () => {
    const { transport } = countingTransport();
    const link = gatedLink(transport, 'Ana');
    let heard = 0;
    const stop = link.transport.subscribe?.(() => heard++);
    link.wake();
    link.setOnline(false);
    link.wake();
    expect(heard).toBe(1);
    stop?.();
    link.setOnline(true);
    link.wake();
    expect(heard).toBe(1);
  });
});
