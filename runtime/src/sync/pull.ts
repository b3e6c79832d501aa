import type { EngineContext } from '../client/context';
import { openSubscriptions } from '../client/subscriptions';
import { isStoredLocally, META_TABLES } from '../local-store';
import { PROTOCOL_VERSION } from '../protocol';
import type { SyncTransport } from '../transport/types';
import { applyPulledPage, CURSORS } from './pull-apply';
import { dropSettled, openConflictIds } from './settled-conflicts';

/** Page size asked of the server (it may cap it). */
export const PULL_LIMIT = 500;

/**
 * Pulls every entity the current state lets through (stored locally, direction pull or both),
 * page by page until the server has nothing more. Cursors are kept per entity; entities at the
 * same position pull together, and one a state held back catches up on its own later.
 * Returns the number of changes received.
 */
export async function pullAll(ctx: EngineContext, transport: SyncTransport): Promise<number> {
  const pullable = ctx.spec.entities.filter(
    (e) => isStoredLocally(e) && e.sync.direction !== 'push' && ctx.machine.maySync(e),
  );
  if (pullable.length === 0) return 0;
  const saved = ((await ctx.db.table(META_TABLES.meta).get(CURSORS))?.value ?? {}) as Record<string, string>;
  const groups = new Map<string, string[]>();
  for (const entity of pullable) {
    const at = Object.hasOwn(saved, entity.name) ? saved[entity.name]! : '';
    groups.set(at, [...(groups.get(at) ?? []), entity.name]);
  }
  let pulled = 0;
  // Asked once per round: the server answers which of these were decided since, wherever.
  let openConflicts: string[] | undefined = await openConflictIds(ctx);
  // Sent with every pull: the server selects the subscribed records and evicts the unsubscribed.
  const subscriptions = await openSubscriptions(ctx);
  for (const [start, entities] of groups) {
    let cursor = start === '' ? undefined : start;
    for (;;) {
      const response = await transport.pull({
        protocol: PROTOCOL_VERSION,
        specVersion: ctx.spec.app.version,
        clientId: ctx.clientId,
        ...(cursor === undefined ? {} : { cursor }),
        entities,
        limit: PULL_LIMIT,
        ...(openConflicts?.length ? { openConflicts } : {}),
        ...(subscriptions.length > 0 ? { subscriptions } : {}),
      });
      openConflicts = undefined;
      await applyPulledPage(ctx, response.changes, entities, response.cursor);
      await dropSettled(ctx, response.settled ?? []);
      pulled += response.changes.length;
      cursor = response.cursor;
      if (!response.hasMore) break;
    }
  }
  return pulled;
}
