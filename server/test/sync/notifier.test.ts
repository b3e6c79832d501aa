import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging';
import { type ChangeNotifier, createLocalNotifier, createPostgresNotifier } from '../../src/sync/notifier';
import { TEST_PG_URL } from '../helpers/databases';

/** Resolves with the next cursor announced for `appId`. */
function nextChange(notifier: ChangeNotifier, appId: string): Promise<string> {
  return new Promise((resolve) => {
    const stop = notifier.subscribe(appId, (cursor) => {
      stop();
      resolve(cursor);
    });
  });
}

describe('in-process change notifier', () => {
  it('tells the subscribers of an app, and stops telling after unsubscribe', async () => {
    const notifier = createLocalNotifier();
    const got: string[] = [];
    const stop = notifier.subscribe('a', (c) => got.push(c));
    notifier.subscribe('b', () => got.push('wrong app'));
    await notifier.notify('a', 'c1');
    stop();
    await notifier.notify('a', 'c2');
    expect(got).toEqual(['c1']);
    await notifier.close();
  });
});

describe('PostgreSQL change notifier', () => {
  const name = `syncraft-notifier-test-${process.pid}`;
  let listenerPool: pg.Pool;
  let senderPool: pg.Pool;
  let listener: ChangeNotifier;
  let sender: ChangeNotifier;

  beforeAll(async () => {
    listenerPool = new pg.Pool({ connectionString: TEST_PG_URL, application_name: name });
    senderPool = new pg.Pool({ connectionString: TEST_PG_URL });
    listener = createPostgresNotifier(listenerPool, createLogger('silent'));
    sender = createPostgresNotifier(senderPool, createLogger('silent'));
    await Promise.all([listener.ready(), sender.ready()]);
  });
  afterAll(async () => {
    await listener.close();
    await sender.close();
    await listenerPool.end();
    await senderPool.end();
  });

  const listeningPids = async (): Promise<number[]> => {
    const { rows } = await senderPool.query(
      "select pid from pg_stat_activity where application_name = $1 and query like 'LISTEN%'",
      [name],
    );
    return rows.map((r: { pid: number }) => r.pid);
  };

  it('carries a change from one process to the subscribers of another', async () => {
    const received = nextChange(listener, 'app-x');
    await sender.notify('app-x', 'c42');
    expect(await received).toBe('c42');
  });

  it('listens again after its connection is killed', async () => {
    const [before] = await listeningPids();
    expect(before).toBeDefined();
    await senderPool.query('select pg_terminate_backend($1)', [before]);
    let after: number | undefined;
    for (let i = 0; i < 5000 && (after === undefined || after === before); i++) {
      [after] = await listeningPids();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    const received = nextChange(listener, 'app-y');
    await sender.notify('app-y', 'c7');
    expect(await received).toBe('c7');
  });
});
