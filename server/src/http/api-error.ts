import type { ApiErrorBody, ApiErrorCode } from '@syncraft/runtime/protocol';

type ErrorExtras = Omit<ApiErrorBody['error'], 'code' | 'message'>;

/**
 * An error meant for the caller: thrown (or passed to `next`) anywhere in a route, it is answered
 * with `status` and an {@link ApiErrorBody} by the error middleware.
 *
 * @example
 * throw new ApiError(400, 'bad-request', 'The "operations" field must be a list.', { pointer: '/operations' });
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extras: ErrorExtras = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The JSON body sent back. */
  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extras } };
  }
}

/** Shorthand for a 400 `bad-request` pointing at one place of the body. */
export function badRequest(message: string, pointer: string, hint?: string): ApiError {
  return new ApiError(400, 'bad-request', message, { pointer, ...(hint !== undefined ? { hint } : {}) });
}
