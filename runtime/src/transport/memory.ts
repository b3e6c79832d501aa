import type { AccessContext } from '../access/context';
import type { InMemorySyncServer } from '../authority/memory-server';
import type { AuthorityAnswer } from '../authority/push';
import { tooDeep } from '../protocol/depth';
import type {
  ApiErrorCode,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  ReadRequest,
  ReadResponse,
} from '../protocol/types';
import { type SyncTransport, TransportError } from './types';

export {
  InMemorySyncServer,
  type InMemorySyncServerOptions,
  MEMORY_SERVER_NODE,
} from '../authority/memory-server';

/** A failure a {@link MemoryTransport} can be told to produce. */
export type MemoryFault =
  /** The request never reaches the server (retryable). */
  | { readonly kind: 'network' }
  /** The server answers with this error status (retryable when 408, 429 or 5xx). */
  | { readonly kind: 'status'; readonly status: number; readonly code?: ApiErrorCode }
  /** The server applies the request, but the answer is lost on the way back (retryable). */
  | { readonly kind: 'lose-response' };

/** Options of a {@link MemoryTransport}. */
export interface MemoryTransportOptions {
  /**
   * Delay every call by `ms` using `sleep`: pass a fake-timer driven function in tests so that
   * nothing really waits.
   */
  readonly latency?: { readonly ms: number; readonly sleep: (ms: number) => Promise<void> };
}

/** Calls and failures so far, per direction. */
export interface MemoryTransportStats {
  push: number;
  pull: number;
  read: number;
  failed: number;
}

interface PlannedFault {
  remaining: number;
  readonly fault: MemoryFault;
  readonly only: 'push' | 'pull' | undefined;
}

/** Deeper than this, the wire copy is made without recursion (JSON.stringify would overflow). */
const RECURSION_SAFE_DEPTH = 1000;

/**
 * What `JSON.parse(JSON.stringify(value))` gives, built with an explicit stack: `undefined`,
 * functions and symbols vanish from objects and become `null` in lists, as do non-finite numbers.
 */
function iterativeJsonCopy(value: unknown): unknown {
  const scalar = (v: unknown): unknown => (typeof v === 'number' ? (Number.isFinite(v) ? v : null) : v);
  const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const root: { value: unknown } = { value: undefined };
  const stack: Array<{ from: unknown; assign: (copy: unknown) => void }> = [
    { from: value, assign: (copy) => (root.value = copy) },
  ];
  while (stack.length > 0) {
    const { from, assign } = stack.pop()!;
    if (from === null || typeof from !== 'object') {
      assign(scalar(from));
      continue;
    }
    if (Array.isArray(from)) {
      const copy: unknown[] = new Array(from.length).fill(null);
      assign(copy);
      from.forEach((item: unknown, i) => {
        if (!skipped(item)) stack.push({ from: item, assign: (c) => (copy[i] = c) });
      });
      continue;
    }
    const copy: Record<string, unknown> = {};
    assign(copy);
    for (const [key, item] of Object.entries(from)) {
      if (skipped(item)) continue;
      stack.push({
        from: item,
        assign: (c) =>
          Object.defineProperty(copy, key, {
            value: c,
            enumerable: true,
            writable: true,
            configurable: true,
          }),
      });
    }
  }
  return root.value;
}

/**
 * The wire: everything crosses as JSON text, as it would over HTTP. A value nested too deep for
 * `JSON.stringify` is copied without recursion, so the authority (not a stack overflow) answers it.
 */
function overTheWire<T>(value: T): T {
  if (tooDeep(value, RECURSION_SAFE_DEPTH)) return iterativeJsonCopy(value) as T;
  return JSON.parse(JSON.stringify(value)) as T;
}

const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  429: 'rate-limited',
};

/**
 * A {@link SyncTransport} to an {@link InMemorySyncServer}, with fault injection for tests:
 * go offline, fail the next calls, lose answers, add latency through an injected scheduler.
 */
export class MemoryTransport implements SyncTransport {
  readonly stats: MemoryTransportStats = { push: 0, pull: 0, read: 0, failed: 0 };
  online = true;
  readonly #server: InMemorySyncServer;
  readonly #caller: () => AccessContext;
  readonly #options: MemoryTransportOptions;
  readonly #faults: PlannedFault[] = [];

  constructor(
    server: InMemorySyncServer,
    caller: AccessContext | (() => AccessContext),
    options: MemoryTransportOptions = {},
  ) {
    this.#server = server;
    this.#caller = typeof caller === 'function' ? caller : () => caller;
    this.#options = options;
  }

  /** Makes the next `count` calls (of one direction, when `only` is given) fail with `fault`. */
  failNext(count: number, fault: MemoryFault = { kind: 'network' }, only?: 'push' | 'pull'): void {
    if (count > 0) this.#faults.push({ remaining: count, fault, only });
  }

  /** Drops every fault still planned: from now on each call reaches the server and its answer returns. */
  heal(): void {
    this.#faults.length = 0;
  }

  #takeFault(direction: 'push' | 'pull' | 'read'): MemoryFault | undefined {
    const planned = this.#faults.find((f) => f.only === undefined || f.only === direction);
    if (!planned) return undefined;
    if (--planned.remaining === 0) this.#faults.splice(this.#faults.indexOf(planned), 1);
    return planned.fault;
  }

  async #call<T>(
    direction: 'push' | 'pull' | 'read',
    request: unknown,
    send: (caller: AccessContext, body: unknown) => Promise<AuthorityAnswer<T>>,
  ): Promise<T> {
    this.stats[direction]++;
    if (this.#options.latency) await this.#options.latency.sleep(this.#options.latency.ms);
    const fail = (error: TransportError): never => {
      this.stats.failed++;
      throw error;
    };
    if (!this.online) return fail(TransportError.network('The device is offline (memory transport).'));
    const fault = this.#takeFault(direction);
    if (fault?.kind === 'network')
      return fail(TransportError.network(`Injected network failure on ${direction}.`));
    if (fault?.kind === 'status') {
      const code = fault.code ?? STATUS_CODES[fault.status] ?? 'unavailable';
      return fail(
        TransportError.fromResponse(fault.status, {
          error: { code, message: `Injected ${fault.status} on ${direction}.` },
        }),
      );
    }
    const answer = await send(this.#caller(), overTheWire(request));
    if (fault?.kind === 'lose-response')
      return fail(TransportError.network(`Injected lost answer on ${direction}.`));
    if (!answer.ok) return fail(TransportError.fromResponse(answer.status, overTheWire(answer.body)));
    return overTheWire(answer.body);
  }

  push(request: PushRequest): Promise<PushResponse> {
    return this.#call('push', request, (caller, body) => this.#server.push(caller, body));
  }

  pull(request: PullRequest): Promise<PullResponse> {
    return this.#call('pull', request, (caller, body) => this.#server.pull(caller, body));
  }

  read(request: ReadRequest): Promise<ReadResponse> {
    return this.#call('read', request, (caller, body) => this.#server.read(caller, body));
  }

  /** Hears about server changes like an SSE stream would: not while the device is offline. */
  subscribe(onChange: () => void): () => void {
    return this.#server.onChange(() => {
      if (this.online) onChange();
    });
  }
}

/** A {@link MemoryTransport} for one caller (or a function giving the caller, e.g. with a fresh `now`). */
export function createMemoryTransport(
  server: InMemorySyncServer,
  caller: AccessContext | (() => AccessContext),
  options: MemoryTransportOptions = {},
): MemoryTransport {
  return new MemoryTransport(server, caller, options);
}
