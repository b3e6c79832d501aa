import type { RequestHandler } from 'express';
import type { Histogram } from 'prom-client';
import type { MountedRoute } from '../openapi/routes';

/** The label of requests that match no route: static files, unknown paths, early refusals. */
export const OTHER_ROUTE = 'other';

interface RoutePattern {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(route: MountedRoute): RoutePattern {
  const source = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return { method: route.method.toUpperCase(), template: route.path, pattern: new RegExp(`^${source}/?$`) };
}

/**
 * Labels a request with the route template it matched, from the list of mounted routes, so the
 * label set stays small and bounded (never the raw URL, which holds ids). Express's `req.route`
 * is not used: by the time an answer has been sent from a nested router (or from the error
 * handler), `req.baseUrl` no longer says where the route was mounted.
 */
export function routeLabeller(routes: readonly MountedRoute[]): (method: string, path: string) => string {
  const patterns = routes.map(compile);
  return (method, path) => {
    const wanted = method === 'HEAD' ? 'GET' : method;
    return patterns.find((p) => p.method === wanted && p.pattern.test(path))?.template ?? OTHER_ROUTE;
  };
}

/**
 * Observes every request's duration in `histogram` when its answer ends (or the client goes away),
 * labelled by method, route template and status. `routes` is read on the first request, once the
 * app has mounted everything.
 *
 * @example
 * app.use(httpMetrics(metrics.httpSeconds, () => mountedRoutes(app)));
 */
export function httpMetrics(
  histogram: Histogram<'method' | 'route' | 'status'>,
  routes: () => readonly MountedRoute[],
): RequestHandler {
  let label: ((method: string, path: string) => string) | undefined;
  return (req, res, next) => {
    const stop = histogram.startTimer();
    const path = req.path;
    let done = false;
    const observe = () => {
      if (done) return;
      done = true;
      label ??= routeLabeller(routes());
      stop({ method: req.method, route: label(req.method, path), status: String(res.statusCode) });
    };
    res.once('finish', observe);
    res.once('close', observe);
    next();
  };
}
