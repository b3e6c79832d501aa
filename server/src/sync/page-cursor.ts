import { ApiError } from '../http/api-error';

/** Page sizes of a listing: when the caller names none, and the most they may ask for. */
export interface PageSizes {
  readonly default: number;
  readonly max: number;
}

/** The position after a row of a listing ordered by (time, id). */
export type PagePosition = readonly [at: string, id: string];

/** The opaque cursor of a position (base64url JSON), handed out as `nextCursor`. */
export function encodePageCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

/**
 * The `limit` and `cursor` query parameters of a listing ordered by (time, id), checked: a 400
 * naming the parameter for a limit out of range or a cursor this server did not hand out.
 */
export function pageQuery(
  query: Record<string, unknown>,
  sizes: PageSizes,
): { limit: number; after: PagePosition | undefined } {
  const limit = query.limit === undefined ? sizes.default : Number(query.limit);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > sizes.max) {
    throw new ApiError(
      400,
      'bad-request',
      `The "limit" query parameter must be a whole number from 1 to ${sizes.max}.`,
    );
  }
  if (query.cursor === undefined) return { limit, after: undefined };
  let after: unknown;
  try {
    after = JSON.parse(Buffer.from(String(query.cursor), 'base64url').toString('utf8'));
  } catch {
    after = undefined;
  }
  if (!Array.isArray(after) || after.length !== 2 || !after.every((v) => typeof v === 'string')) {
    throw new ApiError(400, 'bad-request', 'The "cursor" query parameter is not one this list handed out.', {
      hint: 'Pass the nextCursor of the previous page, or leave it out to start from the oldest.',
    });
  }
  return { limit, after: [String(after[0]), String(after[1])] };
}
