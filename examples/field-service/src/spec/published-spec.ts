import { createRegistryClient, type RegistryFailure } from '@syncraft/runtime/registry';
import type { SyncSpec } from '@syncraft/runtime/spec';

/** A published spec as the device keeps it between starts. */
export interface PublishedSpecCopy {
  readonly hash: string;
  readonly version: string;
  readonly spec: SyncSpec;
}

/** The slice of `Storage` the cache needs (localStorage in the browser, a Map in tests). */
export interface SpecStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const cacheKey = (appId: string) => `syncraft-published:${appId}`;

/** The copy kept from the last start, if any. */
export function cachedSpec(storage: SpecStorage, appId: string): PublishedSpecCopy | undefined {
  const text = storage.getItem(cacheKey(appId));
  if (!text) return undefined;
  try {
    const copy = JSON.parse(text) as PublishedSpecCopy;
    return typeof copy.hash === 'string' && typeof copy.spec === 'object' ? copy : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `copy` for the next start (offline starts run it). */
export function keepSpec(storage: SpecStorage, appId: string, copy: PublishedSpecCopy): void {
  storage.setItem(cacheKey(appId), JSON.stringify(copy));
}

/** What asking the registry gave. */
export type PublishedAnswer =
  | { readonly kind: 'published'; readonly copy: PublishedSpecCopy }
  | { readonly kind: 'unreachable'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string };

function explain(failure: RegistryFailure): PublishedAnswer {
  switch (failure.kind) {
    case 'unreachable':
      return { kind: 'unreachable', message: `The server cannot be reached (${failure.message}).` };
    case 'not-a-server':
      return {
        kind: 'unreachable',
        message: `${failure.url} answered ${failure.status}: not a Syncraft server.`,
      };
    case 'no-token':
      return { kind: 'refused', message: 'Sign in first.' };
    case 'refused':
      return {
        kind: 'refused',
        message:
          failure.status === 404
            ? 'The app has no published spec yet: publish one in the designer.'
            : failure.message,
      };
    case 'bad-answer':
      return { kind: 'refused', message: `The server answered something unexpected: ${failure.message}` };
  }
}

/** Asks the registry for the spec devices must run now (`GET /api/apps/:appId/published`). */
export async function fetchPublished(options: {
  readonly origin: string;
  readonly appId: string;
  readonly token: string;
  readonly fetch?: typeof fetch;
}): Promise<PublishedAnswer> {
  const registry = createRegistryClient({
    baseUrl: `${options.origin}/api`,
    token: () => options.token,
    timeoutMs: 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const answer = await registry.published(options.appId);
  if (!answer.ok) return explain(answer.failure);
  const { hash, version, spec } = answer.value;
  return { kind: 'published', copy: { hash, version, spec: spec as SyncSpec } };
}
