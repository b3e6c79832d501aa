import type { Publication } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { type Actor, requirePermission } from './access';
import { appendAudit } from './audit';
import { compareWithPublished } from './changes';
import { findApp, findVersion, inTransaction, lockApp, type RegistryContext } from './context';
import { ApiError } from './errors';
import type { PublicationRow } from './tables';
import { checkNotAuthor } from './workflow';

const toView = (row: PublicationRow): Publication => ({
  id: row.id,
  appId: row.app_id,
  seq: row.seq,
  hash: row.hash,
  kind: row.kind,
  previousHash: row.previous_hash,
  publishedBy: row.published_by,
  publishedAt: row.published_at,
});

/**
 * Makes an approved version the app's published spec: `publish` for the approved release,
 * `rollback` to return to an earlier approved version. 409 when the version is not approved or is
 * already the published one. Runs under the app lock, so publications never interleave.
 */
export async function publishVersion(
  ctx: RegistryContext,
  actor: Actor,
  appId: string,
  hash: string,
  kind: PublicationRow['kind'],
): Promise<Publication> {
  requirePermission(actor, kind === 'publish' ? 'version.publish' : 'app.rollback');
  return inTransaction(ctx, async (trx) => {
    const app = await lockApp(trx, appId);
    const row = await findVersion(trx, appId, hash);
    if (row.status !== 'approved') {
      throw new ApiError(
        409,
        'conflict',
        kind === 'publish'
          ? `Only an approved version can be published; this one is ${row.status}.`
          : `Only a version that was approved can be rolled back to; this one is ${row.status}.`,
        {
          hint:
            row.status === 'pending' ? 'A reviewer must approve it first.' : 'Submit it for review first.',
        },
      );
    }
    if (kind === 'publish') checkNotAuthor(row.created_by, actor.userId, 'publish', ctx.settings);
    if (app.published_hash === hash) {
      throw new ApiError(409, 'conflict', 'This version is already the published one.', {
        hint: 'Nothing to do; GET /api/apps/{appId}/published shows it.',
      });
    }
    const last = await trx
      .selectFrom('registry_publications')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('app_id', '=', appId)
      .executeTakeFirst();
    const now = ctx.now();
    const publication: PublicationRow = {
      id: ctx.newId(),
      app_id: appId,
      seq: Number(last?.seq ?? 0) + 1,
      hash,
      kind,
      previous_hash: app.published_hash,
      published_by: actor.userId,
      published_at: now,
    };
    const comparison = await compareWithPublished(trx, app, JSON.parse(row.spec) as SyncSpec);
    await trx.insertInto('registry_publications').values(publication).execute();
    await trx
      .updateTable('registry_apps')
      .set({
        published_hash: hash,
        publication_id: publication.id,
        release_hash: app.release_hash === hash ? null : app.release_hash,
      })
      .where('id', '=', appId)
      .execute();
    await appendAudit(trx, actor, now, {
      action: kind === 'publish' ? 'version.publish' : 'app.rollback',
      appId,
      hash,
      details: {
        publicationId: publication.id,
        seq: publication.seq,
        previousHash: app.published_hash,
        appVersion: row.app_version,
        ...comparison.summary,
      },
    });
    return toView(publication);
  });
}

/** The app's publications, newest first. */
export async function listPublications(
  ctx: RegistryContext,
  actor: Actor,
  appId: string,
): Promise<Publication[]> {
  requirePermission(actor, 'read');
  await findApp(ctx.db, appId);
  const rows = await ctx.db
    .selectFrom('registry_publications')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('seq', 'desc')
    .execute();
  return rows.map(toView);
}
