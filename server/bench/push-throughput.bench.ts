// Push throughput: batches of 100 new records through the server's push path (one transaction per
// batch, the shared processPush, the SQL store) on SQLite and PostgreSQL, against a bare
// multi-row INSERT of the same rows through the same driver, batch for batch in the same run.
import { processPush } from '@syncraft/runtime/authority';
import { PROTOCOL_VERSION } from '@syncraft/runtime/protocol';
import { runPushTransaction } from '../src/sync/transaction';
import { benchDatabase, createJob, fieldService, report, round } from './support';

const BATCHES = Number(process.env.BENCH_BATCHES ?? 50);
const BATCH = 100;
const spec = fieldService();
const caller = { userId: 'dora', roles: ['dispatcher'], params: { region: 'north' }, now: Date.now() };

for (const dialect of (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as (
  | 'sqlite'
  | 'postgres'
)[]) {
  const { opened, dispose } = await benchDatabase(dialect, 'push');
  try {
    // Warm-up (JIT, connections, statement caches), not measured.
    await runPushTransaction(opened.db, opened.dialect, 'warm', (store) =>
      processPush(
        spec,
        caller,
        {
          protocol: PROTOCOL_VERSION,
          specVersion: '1.0.0',
          clientId: 'warm',
          operations: [createJob('w', 'warm')],
        },
        store,
      ),
    );

    // Push and bare batches alternate, so both meet the same load on a shared machine.
    let pushSeconds = 0;
    let bareSeconds = 0;
    for (let b = 0; b < BATCHES; b++) {
      const operations = Array.from({ length: BATCH }, (_, i) => createJob(`b${b}-${i}`, 'bench'));
      let start = performance.now();
      await runPushTransaction(opened.db, opened.dialect, 'field-service', async (store) => {
        await store.prefetch(operations);
        await store.reserveVersions(operations.length);
        return processPush(
          spec,
          caller,
          { protocol: PROTOCOL_VERSION, specVersion: '1.0.0', clientId: 'bench', operations },
          store,
        );
      });
      pushSeconds += (performance.now() - start) / 1000;

      start = performance.now();
      const now = new Date().toISOString();
      const rows = Array.from({ length: BATCH }, (_, i) => {
        const op = createJob(`bare-${b}-${i}`, 'bench');
        return {
          app_id: 'bare',
          entity: 'Job',
          record_key: op.key,
          version: b * BATCH + i + 1,
          hlc: op.hlc,
          deleted: 0,
          data: JSON.stringify(op.changes),
          meta: JSON.stringify({ fieldVersions: {}, fieldHlc: {} }),
          seq: b * BATCH + i + 1,
          updated_at: now,
        };
      });
      await opened.db.transaction().execute((trx) => trx.insertInto('sync_records').values(rows).execute());
      bareSeconds += (performance.now() - start) / 1000;
    }

    const ops = BATCHES * BATCH;
    const opsPerSec = ops / pushSeconds;
    const bareOpsPerSec = ops / bareSeconds;
    report({
      bench: 'push-throughput',
      db: dialect,
      batchSize: BATCH,
      batches: BATCHES,
      opsPerSec: round(opsPerSec),
      msPerBatch: round((pushSeconds * 1000) / BATCHES, 2),
      baseline: round(bareOpsPerSec),
      baselineWhat:
        'bare multi-row INSERT of the same rows, same driver, one transaction per 100, alternating with the push batches',
      ratio: round(opsPerSec / bareOpsPerSec, 3),
    });
  } finally {
    await dispose();
  }
}
