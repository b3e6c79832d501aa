import {
  PROTOCOL_VERSION,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type ReadRequest,
  type ReadResponse,
} from '../protocol';
import { type SyncTransport, TransportError } from './types';

/** Options of {@link createHttpTransport}. */
export interface HttpTransportOptions {
  /** Server origin, e.g. `https://sync.example.com` (no trailing path). */
  readonly baseUrl: string;
  /** The app's id (`app.id` of the spec). */
  readonly appId: string;
  /** Returns the bearer token for each request (refresh it here); undefined sends none. */
  readonly token?: () => string | undefined | Promise<string | undefined>;
  /** Abort a push or pull after this many ms (default 30 000). */
  readonly timeoutMs?: number;
  /** The fetch implementation (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Wait before reconnecting the event stream, in ms (default 2000, or the server's `retry:`). */
  readonly reconnectMs?: number;
  /**
   * Read the event stream with this `EventSource` class instead of fetch streaming (for platforms
   * whose fetch cannot stream). EventSource cannot send headers, so the token travels as the
   * `access_token` query parameter, which the server accepts on the events path only.
   */
  readonly EventSource?: EventSourceClass;
}

/** The part of the `EventSource` constructor the transport uses. */
export type EventSourceClass = new (
  url: string,
) => {
  addEventListener(type: 'change', listener: () => void): void;
  close(): void;
};

/** The `data` lines of complete server-sent events in `buffer`, and what is left over. */
export function parseEventStream(buffer: string): {
  events: { event: string; data: string }[];
  rest: string;
  retry?: number;
} {
  const events: { event: string; data: string }[] = [];
  let retry: number | undefined;
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') });
  }
  return retry === undefined ? { events, rest } : { events, rest, retry };
}

/**
 * A {@link SyncTransport} over the server's HTTP API (docs/protocol.md):
 * `POST /api/apps/:appId/sync/push`, `POST …/sync/pull`, `POST …/sync/read`, and the `GET …/sync/events` stream
 * (read with fetch streaming, so the bearer token travels in a header; or with an `EventSource`
 * class when given). Every failure becomes a
 * {@link TransportError}: network errors, timeouts, 408/429/5xx are retryable; a 409
 * `spec-upgrade-required` carries the `publishedVersion` to load.
 *
 * @example
 * const transport = createHttpTransport({
 *   baseUrl: 'https://sync.example.com',
 *   appId: 'field-service',
 *   token: () => session.accessToken,
 * });
 */
export function createHttpTransport(options: HttpTransportOptions): SyncTransport {
  const base = `${options.baseUrl.replace(/\/+$/, '')}/api/apps/${encodeURIComponent(options.appId)}/sync`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function headers(extra: Record<string, string>): Promise<Record<string, string>> {
    const token = await options.token?.();
    return {
      ...extra,
      'Syncraft-Protocol': String(PROTOCOL_VERSION),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    };
  }

  async function post<T>(path: string, body: unknown): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method: 'POST',
        headers: await headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      clearTimeout(timer);
      const message = controller.signal.aborted
        ? `no answer from ${base}${path} within ${timeoutMs} ms`
        : `could not reach ${base}${path}: ${(error as Error).message}`;
      throw TransportError.network(message, error);
    }
    try {
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = text === '' ? undefined : JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (!response.ok) throw TransportError.fromResponse(response.status, parsed);
      if (typeof parsed !== 'object' || parsed === null) {
        throw new TransportError(`${base}${path} answered ${response.status} without a JSON body`, {
          status: response.status,
          retryable: true,
        });
      }
      return parsed as T;
    } catch (error) {
      if (error instanceof TransportError) throw error;
      throw TransportError.network(
        controller.signal.aborted
          ? `the answer from ${base}${path} did not complete within ${timeoutMs} ms`
          : `reading the answer from ${base}${path} failed: ${(error as Error).message}`,
        error,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  function subscribeWithEventSource(Source: EventSourceClass, onChange: () => void): () => void {
    let stopped = false;
    let source: InstanceType<EventSourceClass> | undefined;
    const open = (token: string | undefined) => {
      if (stopped) return;
      const query = token ? `?access_token=${encodeURIComponent(token)}` : '';
      // EventSource reconnects by itself (honouring the server's `retry:`).
      source = new Source(`${base}/events${query}`);
      source.addEventListener('change', onChange);
    };
    const token = options.token?.();
    if (token instanceof Promise) token.then(open, () => open(undefined));
    else open(token);
    return () => {
      stopped = true;
      source?.close();
    };
  }

  function subscribe(onChange: () => void): () => void {
    if (options.EventSource) return subscribeWithEventSource(options.EventSource, onChange);
    let stopped = false;
    let controller: AbortController | undefined;
    let wait = options.reconnectMs ?? 2000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reconnect = () => {
      if (!stopped) timer = setTimeout(connect, wait);
    };
    const connect = async () => {
      controller = new AbortController();
      try {
        const response = await doFetch(`${base}/events`, {
          headers: await headers({ Accept: 'text/event-stream' }),
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          await response.body?.cancel();
          reconnect();
          return;
        }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const parsed = parseEventStream(buffer + value);
          buffer = parsed.rest;
          if (parsed.retry !== undefined && options.reconnectMs === undefined) wait = parsed.retry;
          if (parsed.events.some((e) => e.event === 'change')) onChange();
        }
        reconnect();
      } catch {
        reconnect();
      }
    };
    void connect();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      controller?.abort();
    };
  }

  return {
    push: (request: PushRequest) => post<PushResponse>('/push', request),
    pull: (request: PullRequest) => post<PullResponse>('/pull', request),
    read: (request: ReadRequest) => post<ReadResponse>('/read', request),
    subscribe,
  };
}
