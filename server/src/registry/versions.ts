import type { Submission, VersionSummary } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { type Actor, requirePermission } from './access';
import { allDiagnostics, analyseSpec, hasPolicyErrors, hasSpecErrors, warningsOf } from './analyse';
import { appendAudit } from './audit';
import { canonicalJson, contentHash } from './canonical';
import { compareWithPublished } from './changes';
import {
  findApp,
  findVersion,
  inTransaction,
  latestSubmission,
  lockApp,
  type RegistryContext,
} from './context';
import { ApiError } from './errors';
import type { RegistryDiagnostic } from './policies/types';
import type { SpecVersionRow, SubmissionRow } from './tables';
import { nextStatus } from './workflow';

/** The answer to saving a version: `created` false when identical content was saved before. */
export interface SaveResult {
  readonly created: boolean;
  readonly version: VersionSummary;
  readonly diagnostics: readonly RegistryDiagnostic[];
}

/** A version row as the API lists it; `published` compares with the app's published hash. */
export function toSummary(row: SpecVersionRow, publishedHash: string | null): VersionSummary {
  return {
    appId: row.app_id,
    hash: row.hash,
    appVersion: row.app_version,
    status: row.status,
    published: row.hash === publishedHash,
    createdAt: row.created_at,
    createdBy: row.created_by,
    statusChangedAt: row.status_changed_at,
    sizeBytes: row.size_bytes,
  };
}

/** A submission row as the API shows it (warnings parsed). */
export function toSubmission(row: SubmissionRow): Submission {
  return {
    id: row.id,
    appId: row.app_id,
    hash: row.hash,
    round: row.round,
    status: row.status,
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    warnings: JSON.parse(row.warnings) as RegistryDiagnostic[],
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
  };
}

/**
 * Saves a spec as an immutable draft version of `appId`, addressed by its content hash. The spec
 * must be structurally valid and its `app.id` must be `appId`; problems of meaning and policy
 * violations are reported but do not prevent saving a draft (they block submission).
 */
export async function saveVersion(
  ctx: RegistryContext,
  actor: Actor,
  appId: string,
  body: unknown,
): Promise<SaveResult> {
  requirePermission(actor, 'version.create');
  const analysis = analyseSpec(body, ctx.policies);
  const spec = analysis.spec;
  if (spec === undefined) {
    throw new ApiError(400, 'invalid-spec', 'The spec is not structurally valid, so it cannot be saved.', {
      pointer: analysis.specDiagnostics[0]?.pointer ?? '',
      hint: 'Fix the errors listed in "diagnostics" (syncraft validate shows them too).',
      diagnostics: analysis.specDiagnostics,
    });
  }
  if (spec.app.id !== appId) {
    throw new ApiError(
      400,
      'bad-request',
      `The spec's app.id is "${spec.app.id}", but it is being saved to app "${appId}".`,
      {
        pointer: '/app/id',
        hint: `Save it to /api/apps/${spec.app.id}/versions, or change app.id to "${appId}".`,
      },
    );
  }
  const canonical = canonicalJson(spec);
  const hash = contentHash(spec);
  const diagnostics = allDiagnostics(analysis);
  return inTransaction(ctx, async (trx) => {
    const now = ctx.now();
    await trx
      .insertInto('registry_apps')
      .values({
        id: appId,
        name: spec.app.name,
        created_at: now,
        created_by: actor.userId,
        revision: 0,
        published_hash: null,
        publication_id: null,
        release_hash: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const app = await lockApp(trx, appId);
    const existing = await trx
      .selectFrom('registry_spec_versions')
      .selectAll()
      .where('app_id', '=', appId)
      .where('hash', '=', hash)
      .executeTakeFirst();
    if (existing) return { created: false, version: toSummary(existing, app.published_hash), diagnostics };
    const row: SpecVersionRow = {
      app_id: appId,
      hash,
      app_version: spec.app.version,
      spec: canonical,
      size_bytes: Buffer.byteLength(canonical, 'utf8'),
      created_at: now,
      created_by: actor.userId,
      status: 'draft',
      status_changed_at: now,
    };
    await trx.insertInto('registry_spec_versions').values(row).execute();
    await trx.updateTable('registry_apps').set({ name: spec.app.name }).where('id', '=', appId).execute();
    await appendAudit(trx, actor, now, {
      action: 'version.create',
      appId,
      hash,
      details: {
        appVersion: spec.app.version,
        sizeBytes: row.size_bytes,
        errors: diagnostics.filter((d) => d.severity === 'error').length,
        warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      },
    });
    return { created: true, version: toSummary(row, app.published_hash), diagnostics };
  });
}

/** Every app with its publication state. */
export async function listApps(ctx: RegistryContext, actor: Actor) {
  requirePermission(actor, 'read');
  const apps = await ctx.db.selectFrom('registry_apps').selectAll().orderBy('id').execute();
  return apps.map((app) => ({
    id: app.id,
    name: app.name,
    createdAt: app.created_at,
    createdBy: app.created_by,
    publishedHash: app.published_hash,
    releaseHash: app.release_hash,
  }));
}

/** The versions of one app, newest first. */
export async function listVersions(
  ctx: RegistryContext,
  actor: Actor,
  appId: string,
): Promise<VersionSummary[]> {
  requirePermission(actor, 'read');
  const app = await findApp(ctx.db, appId);
  const rows = await ctx.db
    .selectFrom('registry_spec_versions')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('created_at', 'desc')
    .orderBy('hash')
    .execute();
  return rows.map((row) => toSummary(row, app.published_hash));
}

/** One version with its spec and latest submission. */
export async function getVersion(ctx: RegistryContext, actor: Actor, appId: string, hash: string) {
  requirePermission(actor, 'read');
  const app = await findApp(ctx.db, appId);
  const row = await findVersion(ctx.db, appId, hash);
  const submission = await latestSubmission(ctx.db, appId, hash);
  return {
    ...toSummary(row, app.published_hash),
    spec: JSON.parse(row.spec) as SyncSpec,
    submission: submission ? toSubmission(submission) : null,
  };
}

/**
 * Submits a version for review. Refused with 422 while the spec has errors (`invalid-spec`) or
 * breaks an organisation policy (`policy-violation`); warnings are kept for the reviewer.
 */
export async function submitVersion(ctx: RegistryContext, actor: Actor, appId: string, hash: string) {
  requirePermission(actor, 'version.submit');
  return inTransaction(ctx, async (trx) => {
    const app = await lockApp(trx, appId);
    const row = await findVersion(trx, appId, hash);
    const spec = JSON.parse(row.spec) as unknown;
    const analysis = analyseSpec(spec, ctx.policies);
    if (hasSpecErrors(analysis)) {
      throw new ApiError(422, 'invalid-spec', 'The spec has errors, so it cannot be submitted for review.', {
        hint: 'Fix the errors in "diagnostics", save the result as a new version and submit that one.',
        diagnostics: allDiagnostics(analysis),
      });
    }
    if (hasPolicyErrors(analysis)) {
      const names = [
        ...new Set(analysis.policyDiagnostics.filter((d) => d.severity === 'error').map((d) => d.policy)),
      ];
      throw new ApiError(
        422,
        'policy-violation',
        `The spec breaks the organisation's policies: ${names.join(', ')}.`,
        {
          hint: 'Each diagnostic names the policy and says how to comply; fix them and save a new version.',
          diagnostics: allDiagnostics(analysis),
        },
      );
    }
    const to = nextStatus('submit', row.status);
    const previous = await latestSubmission(trx, appId, hash);
    const now = ctx.now();
    const warnings = warningsOf(analysis);
    const submission: SubmissionRow = {
      id: ctx.newId(),
      app_id: appId,
      hash,
      round: (previous?.round ?? 0) + 1,
      status: 'pending',
      submitted_by: actor.userId,
      submitted_at: now,
      warnings: JSON.stringify(warnings),
      decided_by: null,
      decided_at: null,
      decision_comment: null,
    };
    await trx.insertInto('registry_submissions').values(submission).execute();
    await trx
      .updateTable('registry_spec_versions')
      .set({ status: to, status_changed_at: now })
      .where('app_id', '=', appId)
      .where('hash', '=', hash)
      .execute();
    await appendAudit(trx, actor, now, {
      action: 'version.submit',
      appId,
      hash,
      details: {
        from: row.status,
        to,
        round: submission.round,
        warnings: warnings.length,
        ...(await compareWithPublished(trx, app, spec as SyncSpec)).summary,
      },
    });
    return toSubmission(submission);
  });
}
