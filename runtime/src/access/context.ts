import type { JsonValue } from '../protocol/types';
import type { BoundSubscription } from './subscriptions';

/**
 * Who is asking, as the server learnt it from the caller's token (or the device from its session):
 * what conditions and permissions are evaluated against.
 */
export interface AccessContext {
  /** The `user.id` parameter. */
  readonly userId: string;
  /** The `user.roles` parameter: role names of the spec. */
  readonly roles: readonly string[];
  /** Declared spec parameters by name, e.g. `{ region: 'north' }`. */
  readonly params: Readonly<Record<string, JsonValue>>;
  /** Epoch milliseconds, for time-window conditions. */
  readonly now: number;
  /**
   * The subscriptions the device holds open (`client.subscribe`), checked and bound
   * (`bindSubscription`): records of the entities they name reach the device when one selects them.
   */
  readonly subscriptions?: readonly BoundSubscription[];
}

/** The value of a parameter (`user.id`, `user.roles` or a declared one); `undefined` when unknown. */
export function resolveParam(ctx: AccessContext, name: string): JsonValue | undefined {
  if (name === 'user.id') return ctx.userId;
  if (name === 'user.roles') return [...ctx.roles];
  return Object.hasOwn(ctx.params, name) ? ctx.params[name] : undefined;
}
