/** The console's pages, kept in the URL hash (`#/review/field-service/4be0…`) so a reload or a link keeps the place. */
export type ConsoleRoute =
  | { readonly page: 'queue' }
  | { readonly page: 'review'; readonly appId: string; readonly hash: string }
  | { readonly page: 'app'; readonly appId: string }
  | { readonly page: 'audit' };

const HASH = /^[0-9a-f]{64}$/;

/**
 * The route a location hash names; the queue for an empty or unknown hash.
 *
 * @example
 * parseRoute('#/review/field-service/' + hash); // { page: 'review', appId: 'field-service', hash }
 */
export function parseRoute(locationHash: string): ConsoleRoute {
  const parts = locationHash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return '';
      }
    });
  const [page, appId, hash] = parts;
  if (page === 'review' && appId && hash && HASH.test(hash) && parts.length === 3)
    return { page: 'review', appId, hash };
  if (page === 'apps' && appId && parts.length === 2) return { page: 'app', appId };
  if (page === 'audit' && parts.length === 1) return { page: 'audit' };
  return { page: 'queue' };
}

/** The location hash of a route (the inverse of {@link parseRoute}). */
export function routeHref(route: ConsoleRoute): string {
  switch (route.page) {
    case 'queue':
      return '#/';
    case 'review':
      return `#/review/${encodeURIComponent(route.appId)}/${route.hash}`;
    case 'app':
      return `#/apps/${encodeURIComponent(route.appId)}`;
    case 'audit':
      return '#/audit';
  }
}
