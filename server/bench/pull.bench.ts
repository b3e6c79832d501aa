// Pull of 10,000 records: the server's pull path (processPull over the SQL store: scope checks,
// hidden-field redaction, paging by 1000) against a bare SELECT of the same rows through the same
// driver in the same run.
import { processPull } from '@syncraft/runtime/authority';
import { PROTOCOL_VERSION } from '@syncraft/runtime/protocol';
import { SqlAuthorityStore } from '../src/sync/sql-store';
import { runPushTransaction } from '../src/sync/transaction';
import { benchDatabase, createJob, fieldService, report, round } from './support';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const PAGE = 1000;
const spec = fieldService();
const caller = { userId: 'dora', roles: ['dispatcher'], params: { region: 'north' }, now: Date.now() };

for (const dialect of ['sqlite', 'postgres'] as const) {
  const { opened, dispose } = await benchDatabase(dialect, 'pull');
  try {
    for (let offset = 0; offset < RECORDS; offset += 500) {
      await runPushTransaction(opened.db, opened.dialect, 'field-service', async (store) => {
        for (let i = offset; i < Math.min(RECORDS, offset + 500); i++) {
          const op = createJob(`job-${i}`, 'seed');
          const version = await store.nextVersion();
          const fields = Object.keys(op.changes);
          await store.putRecord('Job', {
            key: op.key,
            version,
            deleted: false,
            values: op.changes,
            hlc: op.hlc,
            fieldVersions: Object.fromEntries(fields.map((f) => [f, version])),
            fieldHlc: Object.fromEntries(fields.map((f) => [f, op.hlc])),
          });
        }
      });
    }

    const pullAll = async () => {
      let cursor: string | undefined;
      let received = 0;
      for (;;) {
        const answer = await processPull(
          spec,
          caller,
          {
            protocol: PROTOCOL_VERSION,
            specVersion: '1.0.0',
            clientId: 'bench',
            limit: PAGE,
            ...(cursor ? { cursor } : {}),
          },
          new SqlAuthorityStore(opened.db, opened.dialect, 'field-service', false),
        );
        if (!answer.ok) throw new Error(JSON.stringify(answer.body));
        received += answer.body.changes.length;
        cursor = answer.body.cursor;
        if (!answer.body.hasMore) return received;
      }
    };
    await pullAll(); // warm-up
    let start = performance.now();
    const received = await pullAll();
    const pullSeconds = (performance.now() - start) / 1000;
    if (received !== RECORDS) throw new Error(`pulled ${received} of ${RECORDS}`);

    start = performance.now();
    let bare = 0;
    for (let after = 0; ; ) {
      const rows = await opened.db
        .selectFrom('sync_records')
        .selectAll()
        .where('app_id', '=', 'field-service')
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(PAGE)
        .execute();
      if (rows.length === 0) break;
      bare += rows.length;
      after = rows[rows.length - 1]!.seq;
    }
    const bareSeconds = (performance.now() - start) / 1000;

    report({
      bench: 'pull',
      db: dialect,
      records: RECORDS,
      pageSize: PAGE,
      recordsPerSec: round(received / pullSeconds),
      ms: round(pullSeconds * 1000),
      baseline: round(bare / bareSeconds),
      baselineWhat: 'bare SELECT of the same rows in pages of 1000, same driver',
      ratio: round(received / pullSeconds / (bare / bareSeconds), 3),
    });
  } finally {
    await dispose();
  }
}
