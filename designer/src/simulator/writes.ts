import { type SyncClient, WriteError } from '@syncraft/runtime';
import type { JsonValue, RecordValues } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { isLocal } from './storage';

/** A write a person makes on a device through the simulator's form. */
export type WriteRequest =
  | { readonly kind: 'create'; readonly entity: string; readonly values: RecordValues }
  | { readonly kind: 'update'; readonly entity: string; readonly key: string; readonly changes: RecordValues }
  | {
      readonly kind: 'increment';
      readonly entity: string;
      readonly key: string;
      readonly field: string;
      readonly by: number;
    }
  | {
      readonly kind: 'add-to-set';
      readonly entity: string;
      readonly key: string;
      readonly field: string;
      readonly items: readonly string[];
    }
  | { readonly kind: 'delete'; readonly entity: string; readonly key: string };

/** The outcome of a {@link WriteRequest}: the runtime's refusal text when it was refused. */
export type WriteOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string; readonly message: string; readonly pointer: string };

/** Why a write was refused: the runtime's reason, words and JSON pointer. */
export interface Refusal {
  readonly reason: string;
  readonly message: string;
  readonly pointer: string;
}

/** The refusal a thrown error stands for (a `WriteError` keeps its reason and pointer). */
export function refusalOf(error: unknown): Refusal {
  return error instanceof WriteError
    ? { reason: error.reason, message: error.message, pointer: error.pointer }
    : { reason: 'error', message: error instanceof Error ? error.message : String(error), pointer: '' };
}

/** What a write did, for the timeline: increments and set additions show as `+n` / `+item`. */
export interface WriteDone {
  readonly key: string;
  readonly action: 'create' | 'update' | 'increment' | 'add-to-set' | 'delete';
  readonly changes: Readonly<Record<string, JsonValue>>;
}

/**
 * Makes the write through the device's runtime client, as the app would. Throws the runtime's
 * `WriteError` when it is refused; a create of a key the device already holds is refused too
 * (`put` would silently edit it).
 */
export async function performWrite(
  client: SyncClient,
  spec: SyncSpec,
  request: WriteRequest,
): Promise<WriteDone> {
  const table = client.table(request.entity);
  switch (request.kind) {
    case 'create': {
      const entity = spec.entities.find((e) => e.name === request.entity);
      const key = String(entity ? request.values[entity.key] : '');
      if (entity && isLocal(entity) && (await table.get(key)) !== undefined)
        throw new WriteError(
          'invalid-value',
          request.entity,
          `${request.entity} ${key} already exists on this device: edit it instead`,
          entity.key,
        );
      await table.put(request.values);
      return { key, action: 'create', changes: request.values satisfies RecordValues };
    }
    case 'update':
      await table.update(request.key, request.changes);
      return { key: request.key, action: 'update', changes: request.changes };
    case 'increment':
      await table.increment(request.key, request.field, request.by);
      return { key: request.key, action: 'increment', changes: { [request.field]: `+${request.by}` } };
    case 'add-to-set':
      await table.addToSet(request.key, request.field, ...request.items);
      return {
        key: request.key,
        action: 'add-to-set',
        changes: { [request.field]: request.items.map((i) => `+${i}`) },
      };
    case 'delete':
      await table.delete(request.key);
      return { key: request.key, action: 'delete', changes: {} };
  }
}
