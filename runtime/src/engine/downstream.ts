import type { EngineContext } from '../client/context';
import { openSubscriptions } from '../client/subscriptions';
import { isStoredLocally, META_TABLES } from '../local-store';
import { PROTOCOL_VERSION, type PullResponse } from '../protocol';
import { applyPulledPage, CURSORS } from '../sync/pull-apply';
import { dropSettled, openConflictIds } from '../sync/settled-conflicts';
import type { SyncTransport } from '../transport/types';
import type { DownstreamCounters } from './counters';

/** Page size asked of the server (it may cap it). */
export const PULL_LIMIT = 500;

/** What a pull round may be told besides the entities to pull. */
export interface PullOptions {
  /**
   * Awaited after each page is applied: the engine pushes there when a local edit
   * is waiting, so a long pull never holds a push back longer than one page.
   */
  readonly between?: () => Promise<void>;
}

/**
 * Pulls `names` (those the current state lets through, stored locally, direction pull or both),
 * page by page until the server has nothing more. Cursors are kept per entity; entities at the
 * same position pull together, and one a state held back catches up on its own later. The next
 * page is requested as soon as a page arrives, so the server answers while the device applies the
 * page before it; a page is applied (and its cursor saved) only after the one before it.
 * Returns the number of changes received.
 */
export async function pullAll(
  ctx: EngineContext,
  transport: SyncTransport,
  counters: DownstreamCounters,
  names: readonly string[],
  options: PullOptions = {},
): Promise<number> {
  const wanted = new Set(names);
  const pullable = ctx.spec.entities.filter(
    (e) => wanted.has(e.name) && isStoredLocally(e) && e.sync.direction !== 'push' && ctx.machine.maySync(e),
  );
  if (pullable.length === 0) return 0;
  const saved = ((await ctx.db.table(META_TABLES.meta).get(CURSORS))?.value ?? {}) as Record<string, string>;
  const groups = new Map<string, string[]>();
  for (const entity of pullable) {
    const at = Object.hasOwn(saved, entity.name) ? saved[entity.name]! : '';
    groups.set(at, [...(groups.get(at) ?? []), entity.name]);
  }
  // Asked once per round: the server answers which of these were decided since, wherever.
  let openConflicts: string[] | undefined = await openConflictIds(ctx);
  // Sent with every pull: the server selects the subscribed records and evicts the unsubscribed.
  const subscriptions = await openSubscriptions(ctx);
  const fetchPage = (entities: string[], cursor: string | undefined): Promise<PullResponse> => {
    const asked = openConflicts;
    openConflicts = undefined;
    const page = transport.pull({
      protocol: PROTOCOL_VERSION,
      specVersion: ctx.spec.app.version,
      clientId: ctx.clientId,
      ...(cursor === undefined ? {} : { cursor }),
      entities,
      limit: PULL_LIMIT,
      ...(asked?.length ? { openConflicts: asked } : {}),
      ...(subscriptions.length > 0 ? { subscriptions } : {}),
    });
    page.catch(() => counters.failures++);
    return page;
  };
  let pulled = 0;
  for (const [start, entities] of groups) {
    let next: Promise<PullResponse> | undefined = fetchPage(entities, start === '' ? undefined : start);
    while (next) {
      const response: PullResponse = await next;
      counters.pages++;
      counters.changes += response.changes.length;
      next = response.hasMore ? fetchPage(entities, response.cursor) : undefined;
      try {
        await applyPulledPage(ctx, response.changes, entities, response.cursor);
        await dropSettled(ctx, response.settled ?? []);
      } catch (error) {
        // The page read ahead is dropped; its failure, if any, must not surface unhandled.
        next?.catch(() => undefined);
        throw error;
      }
      pulled += response.changes.length;
      if (options.between) {
        try {
          await options.between();
        } catch (error) {
          next?.catch(() => undefined);
          throw error;
        }
      }
    }
  }
  return pulled;
}
