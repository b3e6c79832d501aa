import { bindSubscription, MAX_OPEN_SUBSCRIPTIONS } from '../access';
import { META_TABLES } from '../local-store';
import type { JsonValue, PullSubscription } from '../protocol';
import type { EngineContext } from './context';

/** Meta row holding the subscriptions this device keeps open, across restarts. */
export const SUBSCRIPTIONS = 'subscriptions';

/** An open subscription was refused: unknown name, or a parameter missing, unknown, of the wrong type or out of bounds. */
export class SubscriptionError extends Error {
  override readonly name = 'SubscriptionError';
  constructor(
    message: string,
    /** A JSON pointer into the subscription (`/params/from`). */
    readonly pointer: string,
  ) {
    super(message);
  }
}

/** A subscription this device holds open; `unsubscribe` closes it (its records leave at the next sync). */
export interface Subscription {
  readonly name: string;
  readonly params: Readonly<Record<string, JsonValue>>;
  unsubscribe(): Promise<void>;
}

const identity = (s: PullSubscription) => JSON.stringify([s.name, Object.entries(s.params).sort()]);

/** The subscriptions this device holds open, as pulls carry them. */
export async function openSubscriptions(ctx: EngineContext): Promise<PullSubscription[]> {
  const row = await ctx.db.table(META_TABLES.meta).get(SUBSCRIPTIONS);
  return ((row?.value ?? []) as PullSubscription[]).filter((s) => bindSubscription(ctx.spec, s, '').ok);
}

async function save(ctx: EngineContext, list: readonly PullSubscription[]): Promise<void> {
  await ctx.db.table(META_TABLES.meta).put({ name: SUBSCRIPTIONS, value: list });
}

/**
 * Opens a subscription of the spec with parameters, checked here exactly as the server checks
 * them, and keeps it open across restarts until `unsubscribe`. The same name and parameters twice
 * are one subscription. The records arrive at the next sync; `onChange` asks for one.
 */
export async function subscribe(
  ctx: EngineContext,
  name: string,
  params: Readonly<Record<string, JsonValue>>,
  onChange: () => void,
): Promise<Subscription> {
  const open: PullSubscription = { name, params: { ...params } };
  const bound = bindSubscription(ctx.spec, open, '');
  if (!bound.ok) throw new SubscriptionError(bound.problem.message, bound.problem.pointer);
  const id = identity(open);
  const list = await openSubscriptions(ctx);
  if (!list.some((s) => identity(s) === id)) {
    if (list.length >= MAX_OPEN_SUBSCRIPTIONS) {
      throw new SubscriptionError(
        `A device holds at most ${MAX_OPEN_SUBSCRIPTIONS} subscriptions open; close one first.`,
        '',
      );
    }
    await save(ctx, [...list, open]);
    onChange();
  }
  return {
    name,
    params: open.params,
    async unsubscribe() {
      const now = await openSubscriptions(ctx);
      const rest = now.filter((s) => identity(s) !== id);
      if (rest.length === now.length) return;
      await save(ctx, rest);
      onChange();
    },
  };
}
