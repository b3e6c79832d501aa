import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Statement texts run as named prepared statements on PostgreSQL (see {@link preparedStatement}). */
const texts = new Map<string, string>();

/**
 * Marks `text` (a statement with `$n` parameters whose text never changes, such as a push batch's
 * reads and write) to run as a named prepared statement on PostgreSQL: each connection parses and
 * plans it once, then only binds and executes it. Returns `text`, so a module declares its
 * statement as `const READ = preparedStatement('select …')`. Only texts that are few and fixed
 * belong here: each connection keeps every statement it prepared.
 */
export function preparedStatement(text: string): string {
  if (!texts.has(text))
    texts.set(text, `syncraft_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`);
  return text;
}

/**
 * Makes every connection of `pool` run the texts marked by {@link preparedStatement} by name
 * (node-postgres sends the statement's Parse once per connection, then only Bind and Execute).
 */
export function runMarkedStatementsPrepared(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
      const name = typeof config === 'string' ? texts.get(config) : undefined;
      if (name === undefined) return query(config, values, callback);
      return query({ name, text: config, values }, callback);
    }) as typeof client.query;
  });
}
