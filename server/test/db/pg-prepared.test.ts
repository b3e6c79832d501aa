import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedStatement, runMarkedStatementsPrepared } from '../../src/db/pg-prepared';
import { TEST_PG_URL } from '../helpers/databases';

describe('prepared statements on PostgreSQL', () => {
  // One connection, so the statements listed are the ones this pool's queries prepared.
  const pool = new pg.Pool({ connectionString: TEST_PG_URL, max: 1 });
  runMarkedStatementsPrepared(pool);
  afterAll(() => pool.end());

  const prepared = async () =>
    (await pool.query<{ name: string; statement: string }>('select name, statement from pg_prepared_statements'))
      .rows;

  it('prepares a marked statement once per connection and runs it by name after', async () => {
    const text = preparedStatement('select $1::integer + 1 as n');
    expect((await pool.query(text, [1])).rows).toEqual([{ n: 2 }]);
    expect((await pool.query(text, [41])).rows).toEqual([{ n: 42 }]);
    const named = (await prepared()).filter((s) => s.statement === text);
    expect(named).toHaveLength(1);
    expect(named[0]!.name).toMatch(/^syncraft_[0-9a-f]{20}$/);
  });

  it('leaves statements nobody marked unnamed', async () => {
    const text = 'select $1::integer * 2 as n';
    expect((await pool.query(text, [21])).rows).toEqual([{ n: 42 }]);
    expect((await prepared()).some((s) => s.statement === text)).toBe(false);
  });
});
