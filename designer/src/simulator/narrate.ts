import type { SyncClient } from '@syncraft/runtime';
import type { TimelineInput } from './timeline';

/**
 * Turns a device client's events into timeline entries: syncs that moved something, merges with
 * their decisions, conflicts left to a person, refusals, dead letters and state changes.
 * Returns the unsubscribe functions.
 */
export function narrateClient(
  client: SyncClient,
  device: string,
  log: (input: TimelineInput) => void,
): (() => void)[] {
  return [
    client.on('synced', (e) => {
      if (e.pushed + e.pulled > 0) log({ kind: 'synced', device, pushed: e.pushed, pulled: e.pulled });
    }),
    client.on('operation-merged', (e) =>
      log({
        kind: 'merged',
        device,
        entity: e.operation.entity,
        key: e.operation.key,
        decisions: e.decisions,
      }),
    ),
    client.on('conflict', ({ conflict }) =>
      log({
        kind: 'conflict',
        device,
        entity: conflict.entity,
        key: conflict.key,
        fields: conflict.fields,
        prompt: conflict.prompt,
      }),
    ),
    client.on('operation-rejected', (e) =>
      log({
        kind: 'rejected',
        device,
        entity: e.operation.entity,
        key: e.operation.key,
        reason: e.reason,
        message: e.message,
      }),
    ),
    client.on('dead-letter', ({ deadLetter }) =>
      log({
        kind: 'dead-letter',
        device,
        entity: deadLetter.operation.entity,
        key: deadLetter.operation.key,
        attempts: deadLetter.attempts,
        message: deadLetter.lastError,
      }),
    ),
    client.on('state-changed', (e) => {
      // Every cycle passes through a "syncing" state in many specs: the status shows it, the
      // timeline would drown in it.
      if (e.event === 'sync-started' || e.event === 'sync-succeeded') return;
      log({ kind: 'state-changed', device, from: e.from, to: e.to, event: e.event });
    }),
  ];
}
