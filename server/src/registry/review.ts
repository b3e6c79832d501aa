import type { QueuedSubmission, ReviewComment, Submission } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import type { Kysely } from 'kysely';
import { type Actor, requirePermission } from './access';
import { allDiagnostics, analyseSpec, hasPolicyErrors, warningsOf } from './analyse';
import { appendAudit } from './audit';
import { compareWith, compareWithPublished, loadPublished, type PublishedSpec } from './changes';
import {
  findApp,
  findVersion,
  inTransaction,
  latestSubmission,
  lockApp,
  type RegistryContext,
} from './context';
import { ApiError } from './errors';
import type { AppRow, CommentRow, RegistryTables, SubmissionRow, SubmissionStatus } from './tables';
import { toSubmission, toSummary } from './versions';
import { checkNotAuthor, checkSelfApproval, nextStatus } from './workflow';

const toComment = (row: CommentRow): ReviewComment => ({
  id: row.id,
  author: row.author,
  body: row.body,
  createdAt: row.created_at,
  submissionId: row.submission_id,
});

/**
 * Submissions with one status (pending by default), oldest first: the reviewers' queue. Each carries
 * its version's author and the counts of its changes against the app's published version now.
 */
export async function listReviews(
  ctx: RegistryContext,
  actor: Actor,
  status: SubmissionStatus,
): Promise<QueuedSubmission[]> {
  requirePermission(actor, 'review.list');
  const rows = await ctx.db
    .selectFrom('registry_submissions as s')
    .innerJoin('registry_spec_versions as v', (join) =>
      join.onRef('v.app_id', '=', 's.app_id').onRef('v.hash', '=', 's.hash'),
    )
    .selectAll('s')
    .select(['v.app_version', 'v.created_by', 'v.spec'])
    .where('s.status', '=', status)
    .orderBy('s.submitted_at')
    .orderBy('s.id')
    .execute();
  // The app and its published spec are read once per app, not once per submission.
  const apps = new Map<string, { app: AppRow; published: PublishedSpec | undefined }>();
  const queued: QueuedSubmission[] = [];
  for (const row of rows) {
    let entry = apps.get(row.app_id);
    if (!entry) {
      const app = await findApp(ctx.db, row.app_id);
      entry = { app, published: await loadPublished(ctx.db, app) };
      apps.set(row.app_id, entry);
    }
    const comparison = compareWith(entry.app, entry.published, JSON.parse(row.spec) as SyncSpec);
    queued.push({
      ...toSubmission(row),
      appVersion: row.app_version,
      createdBy: row.created_by,
      diff: comparison.summary,
    });
  }
  return queued;
}

/** Everything a reviewer needs on one version: submission, diff against published, warnings, comments. */
export async function getReview(ctx: RegistryContext, actor: Actor, appId: string, hash: string) {
  requirePermission(actor, 'read');
  const app = await findApp(ctx.db, appId);
  const row = await findVersion(ctx.db, appId, hash);
  const spec = JSON.parse(row.spec) as SyncSpec;
  const submission = await latestSubmission(ctx.db, appId, hash);
  const comparison = await compareWithPublished(ctx.db, app, spec);
  const comments = await ctx.db
    .selectFrom('registry_comments')
    .selectAll()
    .where('app_id', '=', appId)
    .where('hash', '=', hash)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    version: toSummary(row, app.published_hash),
    submission: submission ? toSubmission(submission) : null,
    published: comparison.publishedHash
      ? { hash: comparison.publishedHash, appVersion: comparison.publishedVersion }
      : null,
    diff: { changes: comparison.changes, summary: comparison.summary },
    // Evaluated now, with the policies in force now (they may have changed since submission).
    warnings: warningsOf(analyseSpec(spec, ctx.policies)),
    comments: comments.map(toComment),
  };
}

/** Adds a comment to a version (author or reviewer). */
export async function addComment(
  ctx: RegistryContext,
  actor: Actor,
  appId: string,
  hash: string,
  body: string,
) {
  requirePermission(actor, 'version.comment');
  return inTransaction(ctx, async (trx) => {
    await lockApp(trx, appId);
    await findVersion(trx, appId, hash);
    const submission = await latestSubmission(trx, appId, hash);
    const row: CommentRow = {
      id: ctx.newId(),
      app_id: appId,
      hash,
      submission_id: submission?.id ?? null,
      author: actor.userId,
      body,
      created_at: ctx.now(),
    };
    await trx.insertInto('registry_comments').values(row).execute();
    await appendAudit(trx, actor, row.created_at, {
      action: 'version.comment',
      appId,
      hash,
      details: { commentId: row.id },
      comment: body,
    });
    return toComment(row);
  });
}

/**
 * Approves a pending version. Refused when the caller saved or submitted it (unless self-approval is
 * allowed), when another approved version of the app still waits for publication (409: approvals
 * of one app are serialized, the later one loses), or when it now breaks a policy.
 */
export async function approveVersion(
  ctx: RegistryContext,
  actor: Actor,
  appId: string,
  hash: string,
  comment: string | null,
) {
  requirePermission(actor, 'version.approve');
  return inTransaction(ctx, async (trx) => {
    const app = await lockApp(trx, appId);
    const row = await findVersion(trx, appId, hash);
    const to = nextStatus('approve', row.status);
    const submission = await latestSubmission(trx, appId, hash);
    if (submission?.status !== 'pending') {
      throw new ApiError(409, 'conflict', 'This version has no pending submission.', {
        hint: 'Submit it first.',
      });
    }
    checkNotAuthor(row.created_by, actor.userId, 'approve', ctx.settings);
    checkSelfApproval(submission.submitted_by, actor.userId, ctx.settings);
    if (app.release_hash !== null && app.release_hash !== hash) {
      throw new ApiError(
        409,
        'conflict',
        `Another version of "${appId}" (${app.release_hash}) is approved and waiting to be published; an app has one release at a time.`,
        { hint: 'Publish that version (or reject it to revoke the approval), then approve this one.' },
      );
    }
    const spec = JSON.parse(row.spec) as SyncSpec;
    const analysis = analyseSpec(spec, ctx.policies);
    if (hasPolicyErrors(analysis)) {
      throw new ApiError(
        422,
        'policy-violation',
        'The spec breaks a policy in force now, so it cannot be approved.',
        {
          hint: 'Reject it with a comment so the author saves a compliant version.',
          diagnostics: allDiagnostics(analysis),
        },
      );
    }
    const now = ctx.now();
    const decided = await recordDecision(trx, submission, 'approved', actor, comment, now);
    await trx.updateTable('registry_apps').set({ release_hash: hash }).where('id', '=', appId).execute();
    const comparison = await compareWithPublished(trx, app, spec);
    await appendAudit(trx, actor, now, {
      action: 'version.approve',
      appId,
      hash,
      details: { from: row.status, to, submissionId: submission.id, ...comparison.summary },
      comment,
    });
    return decided;
  });
}

/**
 * Rejects a pending version, or revokes the approval of an approved version that was not published
 * yet. A comment saying why is required.
 */
export async function rejectVersion(
  ctx: RegistryContext,
  actor: Actor,
  appId: string,
  hash: string,
  comment: string,
) {
  requirePermission(actor, 'version.reject');
  return inTransaction(ctx, async (trx) => {
    const app = await lockApp(trx, appId);
    const row = await findVersion(trx, appId, hash);
    const to = nextStatus('reject', row.status);
    if (row.status === 'approved' && app.release_hash !== hash) {
      throw new ApiError(
        409,
        'conflict',
        'This version has been published; its approval can no longer be revoked.',
        {
          hint: 'Roll back to another approved version instead (POST /api/apps/{appId}/rollback).',
        },
      );
    }
    const submission = await latestSubmission(trx, appId, hash);
    if (!submission) throw new ApiError(409, 'conflict', 'This version was never submitted.');
    const now = ctx.now();
    const decided = await recordDecision(trx, submission, 'rejected', actor, comment, now);
    if (app.release_hash === hash) {
      await trx.updateTable('registry_apps').set({ release_hash: null }).where('id', '=', appId).execute();
    }
    await appendAudit(trx, actor, now, {
      action: 'version.reject',
      appId,
      hash,
      details: {
        from: row.status,
        to,
        submissionId: submission.id,
        revokedApproval: row.status === 'approved',
      },
      comment,
    });
    return decided;
  });
}

/** Writes a reviewer's decision on the version and its submission; answers the decided submission. */
async function recordDecision(
  trx: Kysely<RegistryTables>,
  submission: SubmissionRow,
  decision: 'approved' | 'rejected',
  actor: Actor,
  comment: string | null,
  now: string,
): Promise<Submission> {
  await trx
    .updateTable('registry_spec_versions')
    .set({ status: decision, status_changed_at: now })
    .where('app_id', '=', submission.app_id)
    .where('hash', '=', submission.hash)
    .execute();
  const decided: SubmissionRow = {
    ...submission,
    status: decision,
    decided_by: actor.userId,
    decided_at: now,
    decision_comment: comment,
  };
  await trx
    .updateTable('registry_submissions')
    .set({ status: decision, decided_by: actor.userId, decided_at: now, decision_comment: comment })
    .where('id', '=', submission.id)
    .execute();
  return toSubmission(decided);
}
