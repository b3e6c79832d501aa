import type {
  ApiErrorBody,
  ApiErrorCode,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  ReadRequest,
  ReadResponse,
} from '../protocol/types';

/**
 * How the runtime talks to an authority: over HTTP to the server, or in-process to an
 * `InMemorySyncServer`. Both behave the same; failures are thrown as {@link TransportError}.
 */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
  /**
   * Reads records straight from the authority (`POST …/sync/read`): how an app reads `online-only`
   * records, which no pull delivers. Optional: without it such reads fail with a clear error.
   */
  read?(request: ReadRequest): Promise<ReadResponse>;
  /**
   * Calls `onChange` when the authority has new changes (SSE `event: change` over HTTP), so the
   * device can pull. Returns the unsubscribe function. Optional: without it the device polls.
   */
  subscribe?(onChange: () => void): () => void;
}

/** What a {@link TransportError} is made from. */
export interface TransportErrorInit {
  readonly status?: number;
  readonly code?: ApiErrorCode;
  readonly publishedVersion?: string;
  readonly retryable: boolean;
  readonly cause?: unknown;
}

/** True for statuses worth retrying with backoff: timeouts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * A failed push or pull. `retryable` tells the sync loop whether to back off and try again
 * (network failure, 408, 429, 5xx) or to stop and surface the problem (any other 4xx: the same
 * request would fail again). A `spec-upgrade-required` error carries the `publishedVersion`.
 */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly status?: number;
  readonly code?: ApiErrorCode;
  readonly publishedVersion?: string;
  readonly retryable: boolean;

  constructor(message: string, init: TransportErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.retryable = init.retryable;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
    if (init.publishedVersion !== undefined) this.publishedVersion = init.publishedVersion;
  }

  /** A request that never got an answer (offline, DNS, connection reset, timeout): always retryable. */
  static network(message: string, cause?: unknown): TransportError {
    return new TransportError(message, { retryable: true, cause });
  }

  /** An error answer of the API: its status, and the code and message of its {@link ApiErrorBody} when present. */
  static fromResponse(status: number, body: unknown): TransportError {
    const error =
      typeof body === 'object' && body !== null && 'error' in body
        ? (body as Partial<ApiErrorBody>).error
        : undefined;
    const message =
      typeof error?.message === 'string' ? error.message : `The sync server answered ${status}.`;
    return new TransportError(message, {
      status,
      retryable: isRetryableStatus(status),
      ...(typeof error?.code === 'string' ? { code: error.code } : {}),
      ...(typeof error?.publishedVersion === 'string' ? { publishedVersion: error.publishedVersion } : {}),
    });
  }
}
