import type { AuditChainCheck, Session } from '@syncraft/runtime/protocol';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { requireUser } from '../auth/user';
import { isSandboxId, SANDBOX_PREFIX } from '../sandbox/ids';
import type { Actor } from './access';
import { permissionsOf, requirePermission } from './access';
import { allDiagnostics, analyseSpec } from './analyse';
import { queryAudit } from './audit';
import { verifyAuditChain } from './audit-chain';
import { createRegistryContext, type RegistryContext, type RegistrySettings } from './context';
import { ApiError } from './errors';
import { loadPoliciesSync } from './policies/parse';
import { NO_POLICIES, type PolicySet } from './policies/types';
import { listPublications, publishVersion } from './publication';
import { createPublishedSpecSource } from './published';
import {
  AUDIT_EXPORT,
  AUDIT_PAGE,
  parseAuditQuery,
  parseReviewStatus,
  requireHash,
  requireText,
} from './request';
import { addComment, approveVersion, getReview, listReviews, rejectVersion } from './review';
import type { RegistryTables } from './tables';
import { getVersion, listApps, listVersions, saveVersion, submitVersion } from './versions';

/** What {@link createRegistryRouter} needs. */
export interface RegistryRouterDeps {
  readonly db: Kysely<RegistryTables>;
  readonly logger: Pick<Logger, 'info'>;
  /** The server configuration; `policyFile` (SYNCRAFT_POLICY_FILE) and `allowSelfApproval` are read. */
  readonly config: {
    readonly policyFile?: string | undefined;
    readonly allowSelfApproval?: boolean | undefined;
  };
  /** Bearer-token middleware that sets `res.locals.user`. */
  readonly authenticate: RequestHandler;
  /** Policies in force; defaults to the config's policy file, else none. */
  readonly policies?: PolicySet;
  /** Overrides the settings read from the config. */
  readonly settings?: RegistrySettings;
  /** Clock for timestamps (tests). */
  readonly clock?: () => Date;
}

/** Lines per page while streaming an audit export. */
const EXPORT_PAGE = 500;

/**
 * The registry's HTTP API, mounted at `/api`: validation, versions, review, publication, rollback,
 * audit. Every route requires a bearer token; roles decide the rest (docs/governance.md). Reads the
 * policy file at creation, so a bad file stops the server at start with a precise error.
 *
 * @example
 * app.use('/api', express.json(), createRegistryRouter({ db, logger, config, authenticate }));
 */
export function createRegistryRouter(deps: RegistryRouterDeps): Router {
  const policies =
    deps.policies ?? (deps.config.policyFile ? loadPoliciesSync(deps.config.policyFile) : NO_POLICIES);
  const settings = deps.settings ?? { allowSelfApproval: deps.config.allowSelfApproval === true };
  const ctx: RegistryContext = createRegistryContext(deps.db, policies, settings, deps.clock);
  const published = createPublishedSpecSource(deps.db);
  const router = express.Router();
  const auth = deps.authenticate;
  const actorOf = (res: Response): Actor => requireUser(res);
  const logged = (res: Response, action: string, appId: string, hash: string | null) =>
    deps.logger.info({ registry: action, appId, hash, userId: actorOf(res).userId }, `registry ${action}`);

  // Simulator sandboxes own every `sandbox-…` id (server/src/sandbox): no real app may take one.
  router.param('appId', (_req, _res, next, appId) => {
    if (typeof appId === 'string' && isSandboxId(appId)) {
      next(
        new ApiError(
          400,
          'bad-request',
          `App ids starting with "${SANDBOX_PREFIX}" are kept for simulator sandboxes.`,
          {
            pointer: '/app/id',
            hint: `Name the app without the "${SANDBOX_PREFIX}" prefix.`,
          },
        ),
      );
      return;
    }
    next();
  });

  router.post('/specs/validate', auth, (req, res) => {
    requirePermission(actorOf(res), 'validate');
    const analysis = analyseSpec(req.body, ctx.policies);
    const diagnostics = allDiagnostics(analysis);
    res.json({ valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics });
  });

  // Who the token is and what it may do here: the console shows only the actions the server allows.
  router.get('/session', auth, (_req, res) => {
    const actor = actorOf(res);
    const session: Session = {
      userId: actor.userId,
      roles: [...actor.roles],
      permissions: permissionsOf(actor),
    };
    res.json(session);
  });

  router.get('/apps', auth, async (_req, res) => {
    res.json({ apps: await listApps(ctx, actorOf(res)) });
  });

  router.post('/apps/:appId/versions', auth, async (req, res) => {
    const appId = param(req, 'appId');
    const result = await saveVersion(ctx, actorOf(res), appId, req.body);
    if (result.created) logged(res, 'version.create', appId, result.version.hash);
    res
      .status(result.created ? 201 : 200)
      .location(`/api/apps/${appId}/versions/${result.version.hash}`)
      .json({ ...result.version, created: result.created, diagnostics: result.diagnostics });
  });

  router.get('/apps/:appId/versions', auth, async (req, res) => {
    res.json({ versions: await listVersions(ctx, actorOf(res), param(req, 'appId')) });
  });

  router.get('/apps/:appId/versions/:hash', auth, async (req, res) => {
    res.json(await getVersion(ctx, actorOf(res), param(req, 'appId'), param(req, 'hash')));
  });

  router.post('/apps/:appId/versions/:hash/submit', auth, async (req, res) => {
    const [appId, hash] = [param(req, 'appId'), param(req, 'hash')];
    const submission = await submitVersion(ctx, actorOf(res), appId, hash);
    logged(res, 'version.submit', appId, hash);
    res.status(201).json(submission);
  });

  router.get('/apps/:appId/versions/:hash/review', auth, async (req, res) => {
    res.json(await getReview(ctx, actorOf(res), param(req, 'appId'), param(req, 'hash')));
  });

  router.post('/apps/:appId/versions/:hash/comments', auth, async (req, res) => {
    const [appId, hash] = [param(req, 'appId'), param(req, 'hash')];
    const body = requireText(req.body, 'body', { required: true });
    const comment = await addComment(ctx, actorOf(res), appId, hash, body as string);
    logged(res, 'version.comment', appId, hash);
    res.status(201).json(comment);
  });

  router.post('/apps/:appId/versions/:hash/approve', auth, async (req, res) => {
    const [appId, hash] = [param(req, 'appId'), param(req, 'hash')];
    const comment = requireText(req.body, 'comment', { required: false });
    const decision = await approveVersion(ctx, actorOf(res), appId, hash, comment ?? null);
    logged(res, 'version.approve', appId, hash);
    res.json(decision);
  });

  router.post('/apps/:appId/versions/:hash/reject', auth, async (req, res) => {
    const [appId, hash] = [param(req, 'appId'), param(req, 'hash')];
    const comment = requireText(req.body, 'comment', { required: true });
    const decision = await rejectVersion(ctx, actorOf(res), appId, hash, comment as string);
    logged(res, 'version.reject', appId, hash);
    res.json(decision);
  });

  router.post('/apps/:appId/versions/:hash/publish', auth, async (req, res) => {
    const [appId, hash] = [param(req, 'appId'), param(req, 'hash')];
    const publication = await publishVersion(ctx, actorOf(res), appId, hash, 'publish');
    logged(res, 'version.publish', appId, hash);
    res.status(201).json(publication);
  });

  router.post('/apps/:appId/rollback', auth, async (req, res) => {
    const appId = param(req, 'appId');
    const hash = requireHash(req.body);
    const publication = await publishVersion(ctx, actorOf(res), appId, hash, 'rollback');
    logged(res, 'app.rollback', appId, hash);
    res.status(201).json(publication);
  });

  router.get('/apps/:appId/publications', auth, async (req, res) => {
    res.json({ publications: await listPublications(ctx, actorOf(res), param(req, 'appId')) });
  });

  // Any signed-in caller, devices included: the runtime fetches the spec it must run from here.
  router.get('/apps/:appId/published', auth, async (req, res) => {
    const appId = param(req, 'appId');
    const current = await published.getPublished(appId);
    if (!current) {
      throw new ApiError(404, 'not-found', `App "${appId}" has no published version.`, {
        hint: 'Publish an approved version first (POST /api/apps/{appId}/versions/{hash}/publish).',
      });
    }
    const etag = `"${current.hash}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.json(current);
  });

  router.get('/reviews', auth, async (req, res) => {
    res.json({ reviews: await listReviews(ctx, actorOf(res), parseReviewStatus(req.query)) });
  });

  router.get('/audit', auth, async (req, res) => {
    requirePermission(actorOf(res), 'audit.read');
    res.json({ entries: await queryAudit(ctx.db, parseAuditQuery(req.query, AUDIT_PAGE)) });
  });

  router.get('/audit/verify', auth, async (_req, res) => {
    requirePermission(actorOf(res), 'audit.read');
    const check: AuditChainCheck = await verifyAuditChain(ctx.db);
    res.json(check);
  });

  router.get('/audit/export', auth, async (req, res) => {
    requirePermission(actorOf(res), 'audit.read');
    const query = parseAuditQuery(req.query, AUDIT_EXPORT);
    res.status(200).type('application/x-ndjson');
    let remaining = query.limit;
    let afterId = query.afterId;
    while (remaining > 0) {
      const page = await queryAudit(ctx.db, {
        ...query,
        ...(afterId !== undefined ? { afterId } : {}),
        limit: Math.min(EXPORT_PAGE, remaining),
      });
      if (page.length > 0) res.write(`${page.map((entry) => JSON.stringify(entry)).join('\n')}\n`);
      remaining -= page.length;
      afterId = page.at(-1)?.id;
      if (page.length < EXPORT_PAGE) break;
    }
    res.end();
  });

  return router;
}

function param(req: Request, name: string): string {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
}

/** RFC 9110 weak comparison for If-None-Match: `*`, or any listed tag equal to ours. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
