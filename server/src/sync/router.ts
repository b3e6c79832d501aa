import type { AccessContext } from '@syncraft/runtime/access';
import {
  type AuthorityAnswer,
  checkSpecVersion,
  processPull,
  processPush,
  processRead,
} from '@syncraft/runtime/authority';
import {
  type ApiFailure,
  apiFailure,
  type Parsed,
  PROTOCOL_LIMITS,
  PROTOCOL_VERSION,
  type PushResponse,
  parsePullRequest,
  parsePushRequest,
  parseReadRequest,
} from '@syncraft/runtime/protocol';
import { type RequestHandler, type Response, Router } from 'express';
import type { Logger } from 'pino';
import { requireUser } from '../auth/user';
import type { ServerConfig } from '../config';
import type { OpenedDatabase } from '../db/database';
import { ApiError } from '../http/api-error';
import type { ServerMetrics } from '../metrics/metrics';
import { accessContextFor } from './access-context';
import { conflictRoutes } from './conflicts';
import { encodeCursor } from './cursor';
import { EventStreams } from './events';
import type { ChangeNotifier } from './notifier';
import { operationsAuditRoutes } from './operations-audit';
import type { CompatibilityCheck, PublishedSpec, PublishedSpecSource } from './published-spec';
import { SqlAuthorityStore } from './sql-store';
import { runPushTransaction } from './transaction';

/** What the sync routes need. */
export interface SyncRouterDeps {
  readonly db: OpenedDatabase;
  readonly published: PublishedSpecSource;
  readonly compatibility: CompatibilityCheck;
  readonly authenticate: RequestHandler;
  readonly notifier: ChangeNotifier;
  readonly metrics: ServerMetrics;
  readonly logger: Logger;
  readonly config: ServerConfig;
}

/** The sync router (mounted at `/api/apps/:appId/sync`) and what must stop at shutdown. */
export interface SyncRoutes {
  readonly router: Router;
  close(): Promise<void>;
}

function send(res: Response, failure: ApiFailure): void {
  res.status(failure.status).json(failure.body);
}

/** Refuses a request whose `Syncraft-Protocol` header names another protocol version. */
const protocolHeader: RequestHandler = (req, _res, next) => {
  const header = req.get('syncraft-protocol');
  if (header !== undefined && header.trim() !== String(PROTOCOL_VERSION)) {
    next(
      new ApiError(
        426,
        'protocol-unsupported',
        `This server speaks sync protocol ${PROTOCOL_VERSION}; the request says ${header}.`,
        {
          hint: 'Update the app to a runtime that speaks this protocol version.',
        },
      ),
    );
    return;
  }
  next();
};

/**
 * The sync endpoints of one app: push, pull, read, live events and manual conflicts. Every route needs
 * a bearer token; the app's published spec decides what each caller may read and write (through
 * the shared authority in `@syncraft/runtime/authority`).
 */
export function createSyncRouter(deps: SyncRouterDeps): SyncRoutes {
  const { db, metrics } = deps;
  const router = Router({ mergeParams: true });
  const streams = new EventStreams(deps.notifier, metrics, deps.config.sseHeartbeatMs);

  const publishedOr404 = async (appId: string): Promise<PublishedSpec> => {
    const published = await deps.published.getPublished(appId);
    if (!published) {
      throw new ApiError(404, 'not-found', `The app "${appId}" has no published spec.`, {
        hint: 'Publish a spec for this app in the registry first.',
      });
    }
    return published;
  };

  /** 409 `spec-upgrade-required` unless the device's spec version is compatible with the published one. */
  const versionFailure = async (
    published: PublishedSpec,
    specVersion: string,
  ): Promise<ApiFailure | undefined> => {
    if (await deps.compatibility.isCompatible(published.appId, specVersion, published)) return undefined;
    return checkSpecVersion(published.spec, specVersion);
  };

  router.post('/push', deps.authenticate, protocolHeader, async (req, res) => {
    const appId = String(req.params.appId);
    const parsed = parsePushRequest(req.body);
    if (!parsed.ok) return send(res, parsed);
    const published = await publishedOr404(appId);
    const stale = await versionFailure(published, parsed.value.specVersion);
    if (stale) return send(res, stale);
    const caller = accessContextFor(published.spec, requireUser(res), Date.now());
    const started = process.hrtime.bigint();
    const { value, flushed, attempts } = await runPushTransaction(db.db, db.dialect, appId, async (store) => {
      await store.prefetch(parsed.value.operations);
      await store.reserveVersions(parsed.value.operations.length);
      return processPush(published.spec, caller, parsed.value, store);
    });
    metrics.batchSeconds.observe({ app: appId }, Number(process.hrtime.bigint() - started) / 1e9);
    metrics.pushes.inc({ app: appId });
    const { queue } = parsed.value;
    if (queue) {
      metrics.deviceQueue.observe({ app: appId }, queue.pending);
      metrics.deviceDeadLetters.observe({ app: appId }, queue.deadLetters);
    }
    if (attempts > 1) metrics.pushRetries.inc({ app: appId }, attempts - 1);
    countResults(metrics, appId, value);
    if (flushed.lastSeq !== undefined) {
      deps.notifier.notify(appId, encodeCursor(flushed.lastSeq)).catch((error: unknown) => {
        deps.logger.warn({ err: error, appId }, 'change notification failed');
      });
    }
    res.json(value);
  });

  /**
   * A route that reads through the second, read-only connection (pull and read): the body's shape,
   * the published spec, the device's spec version, then `answer` with the caller and a page size
   * capped by the server's configuration.
   */
  const readingRoute = <R extends { readonly specVersion: string; readonly limit?: number }, B>(
    path: string,
    parse: (body: unknown) => Parsed<R>,
    answer: (
      spec: PublishedSpec['spec'],
      caller: AccessContext,
      request: R,
      store: SqlAuthorityStore,
    ) => Promise<AuthorityAnswer<B>>,
    done: (appId: string, body: B, seconds: number) => void = () => undefined,
  ) => {
    router.post(path, deps.authenticate, protocolHeader, async (req, res) => {
      const appId = String(req.params.appId);
      const parsed = parse(req.body);
      if (!parsed.ok) return send(res, parsed);
      const published = await publishedOr404(appId);
      const stale = await versionFailure(published, parsed.value.specVersion);
      if (stale) return send(res, stale);
      const caller = accessContextFor(published.spec, requireUser(res), Date.now());
      const request: R = {
        ...parsed.value,
        limit: Math.min(parsed.value.limit ?? PROTOCOL_LIMITS.defaultPullLimit, deps.config.pullPageLimit),
      };
      const store = new SqlAuthorityStore(db.reader, db.dialect, appId, false, db.db);
      const started = process.hrtime.bigint();
      const result = await answer(published.spec, caller, request, store);
      if (!result.ok) return send(res, result);
      done(appId, result.body, Number(process.hrtime.bigint() - started) / 1e9);
      res.json(result.body);
    });
  };

  readingRoute('/pull', parsePullRequest, processPull, (appId, body, seconds) => {
    metrics.pullSeconds.observe({ app: appId }, seconds);
    metrics.pulls.inc({ app: appId });
    metrics.pulledChanges.inc({ app: appId }, body.changes.length);
  });
  readingRoute('/read', parseReadRequest, processRead);

  /** EventSource cannot send headers: accept the token as `?access_token=` on this route only. */
  const tokenFromQuery: RequestHandler = (req, _res, next) => {
    const token = req.query.access_token;
    if (req.headers.authorization === undefined && typeof token === 'string') {
      req.headers.authorization = `Bearer ${token}`;
    }
    next();
  };

  router.get('/events', tokenFromQuery, deps.authenticate, async (req, res) => {
    const appId = String(req.params.appId);
    const published = await publishedOr404(appId);
    const user = requireUser(res);
    if (!published.spec.roles.some((role) => user.roles.includes(role.name))) {
      throw new ApiError(403, 'forbidden', `None of your roles is a role of the app "${appId}".`, {
        hint: `The app's roles are ${published.spec.roles.map((r) => r.name).join(', ')}.`,
      });
    }
    const head = await new SqlAuthorityStore(db.reader, db.dialect, appId, false).head();
    streams.open(appId, published.version, encodeCursor(head), req, res);
  });

  router.use(
    conflictRoutes({
      db,
      authenticate: deps.authenticate,
      published: publishedOr404,
      notifier: deps.notifier,
      logger: deps.logger,
    }),
  );

  router.use(operationsAuditRoutes({ db, authenticate: deps.authenticate }));

  // Anything else under /sync is not a route: answer here so the registry never sees it.
  router.use((req, _res, next) => {
    next(
      apiFailureError(
        apiFailure(
          404,
          'not-found',
          `There is no ${req.method} ${req.originalUrl.split('?')[0]} in this API.`,
          {
            hint: 'See /api/openapi.json for every route.',
          },
        ),
      ),
    );
  });

  return { router, close: () => streams.close() };
}

function apiFailureError(failure: ApiFailure): ApiError {
  const { code, message, ...extras } = failure.body.error;
  return new ApiError(failure.status, code, message, extras);
}

function countResults(metrics: ServerMetrics, app: string, response: PushResponse): void {
  for (const result of response.results) {
    metrics.operations.inc({ app, result: result.status });
    if (result.status === 'rejected') metrics.rejections.inc({ app, reason: result.reason });
    if (result.status === 'merged' || result.status === 'conflict') {
      const decisions = result.decisions ?? [];
      for (const decision of decisions) metrics.conflicts.inc({ app, rule: decision.strategy });
      if (result.status === 'conflict') metrics.conflicts.inc({ app, rule: 'manual' });
    }
  }
}
