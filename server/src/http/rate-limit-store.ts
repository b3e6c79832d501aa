import type { ClientRateLimitInfo, Store } from 'express-rate-limit';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The rate limit's hit counters in the database (`http_rate_limit`), so every server process on
 * one PostgreSQL database counts against the same limit. Each client address gets a window of
 * `windowMs` from its first hit, as in express-rate-limit's memory store; one upsert per request
 * counts the hit and starts a new window once the old one ended, atomically on both engines.
 * Rows of ended windows are deleted once per window.
 */
export class SqlRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix = 'api:';
  #prunedAt = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.now();
    if (now - this.#prunedAt >= this.windowMs) {
      this.#prunedAt = now;
      await this.db.deleteFrom('http_rate_limit').where('reset_at', '<=', now).execute();
    }
    const row = await this.db
      .insertInto('http_rate_limit')
      .values({ key: this.prefix + key, hits: 1, reset_at: now + this.windowMs })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          hits: sql<number>`case when http_rate_limit.reset_at <= ${now} then 1 else http_rate_limit.hits + 1 end`,
          reset_at: sql<number>`case when http_rate_limit.reset_at <= ${now} then ${now + this.windowMs} else http_rate_limit.reset_at end`,
        }),
      )
      .returning(['hits', 'reset_at'])
      .executeTakeFirstOrThrow();
    return { totalHits: Number(row.hits), resetTime: new Date(Number(row.reset_at)) };
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const row = await this.db
      .selectFrom('http_rate_limit')
      .select(['hits', 'reset_at'])
      .where('key', '=', this.prefix + key)
      .where('reset_at', '>', this.now())
      .executeTakeFirst();
    return row && { totalHits: Number(row.hits), resetTime: new Date(Number(row.reset_at)) };
  }

  async decrement(key: string): Promise<void> {
    await this.db
      .updateTable('http_rate_limit')
      .set({ hits: sql<number>`case when hits > 0 then hits - 1 else 0 end` })
      .where('key', '=', this.prefix + key)
      .execute();
  }

  async resetKey(key: string): Promise<void> {
    await this.db
      .deleteFrom('http_rate_limit')
      .where('key', '=', this.prefix + key)
      .execute();
  }
}
