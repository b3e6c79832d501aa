import { PRIORITIES } from '@syncraft/runtime/spec';
import type { DesignerDocument, GraphNode } from '../graph/types';

/**
 * A new, empty app: app settings, the four priority lanes, a retry policy and an online/offline
 * state machine. The problems panel then asks for a first entity and role.
 */
export function blankDocument(): DesignerDocument {
  const lanes: GraphNode[] = PRIORITIES.map((priority, i) => ({
    id: `priority-${priority}`,
    kind: 'priority',
    position: { x: 720, y: 40 + i * 110 },
    data: { priority },
  }));
  return {
    format: 1,
    app: { id: 'my-app', name: 'My app', version: '0.1.0' },
    parameters: [],
    nodes: [
      ...lanes,
      {
        id: 'retry',
        kind: 'retryPolicy',
        position: { x: 40, y: 520 },
        data: {
          retry: { initialDelay: '1s', maxDelay: '5m', multiplier: 2, jitter: 'full', maxAttempts: 8 },
        },
      },
      {
        id: 'state-online',
        kind: 'offlineState',
        position: { x: 320, y: 520 },
        data: {
          initial: true,
          state: { name: 'online', network: 'online', sync: { enabled: true }, writes: 'allow' },
        },
      },
      {
        id: 'state-offline',
        kind: 'offlineState',
        position: { x: 620, y: 520 },
        data: {
          initial: false,
          state: { name: 'offline', network: 'offline', sync: { enabled: false }, writes: 'queue' },
        },
      },
    ],
    edges: [
      {
        id: 'transition-lost',
        kind: 'transition',
        source: 'state-online',
        target: 'state-offline',
        data: { event: 'connection-lost' },
      },
      {
        id: 'transition-restored',
        kind: 'transition',
        source: 'state-offline',
        target: 'state-online',
        data: { event: 'connection-restored' },
      },
    ],
  };
}
