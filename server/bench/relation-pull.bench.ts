// Pulls of a relation scope against a copied-field scope, same data, same run (issue: rules that
// follow relations). 1,000 lists × 100 todos with 10 members each (10,000 membership records):
// - membership: the shared-lists template (a todo is on a device when its list is, a list when a
//   ListMember record of the user points at it), pulled by device view;
// - copied field: the same records where each todo and list carries the member ids in a string-set
//   and the scopes say `memberIds contains user.id`, pulled from the change log.
// Figures: a first pull of one user's ~1,000 todos, a pull with nothing changed, and the pull right
// after one membership is added (its 100 todos, the list and its members arrive), as server time.
import type { AccessContext } from '@syncraft/runtime/access';
import { processPull } from '@syncraft/runtime/authority';
import { PROTOCOL_VERSION, type RecordValues } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { sql } from 'kysely';
import type { OpenedDatabase } from '../src/db/database';
import { SqlAuthorityStore } from '../src/sync/sql-store';
import { runPushTransaction } from '../src/sync/transaction';
import { templateSpec } from '../test/helpers/app';
import { benchDatabase, report, round } from './support';

const LISTS = Number(process.env.BENCH_LISTS ?? 1000);
const TODOS = 100;
const MEMBERS = 10;
const USERS = LISTS;
const me = 'u1';

const membership = templateSpec('shared-lists');

/** The same app with access copied onto every record: what teams write without relations. */
function copiedField(): SyncSpec {
  const spec = structuredClone(membership);
  spec.app = { ...spec.app, id: 'copied-lists' };
  const holds = { field: 'memberIds', op: 'contains', param: 'user.id' } as const;
  for (const entity of spec.entities) {
    entity.fields.push({ name: 'memberIds', type: 'string-set', maxItems: 1000 });
  }
  spec.roles = [
    {
      name: 'member',
      permissions: spec.entities.map((e) => ({ entity: e.name, actions: ['read' as const], scope: holds })),
    },
  ];
  return spec;
}

const membersOf = (list: number) =>
  Array.from({ length: MEMBERS }, (_, k) => `u${(list * 7 + k * 131) % USERS}`).filter(
    (u, i, all) => all.indexOf(u) === i,
  );

async function seed(opened: OpenedDatabase, appId: string, copied: boolean): Promise<void> {
  const records: Array<{ entity: string; values: RecordValues }> = [];
  for (let l = 0; l < LISTS; l++) {
    const members = membersOf(l);
    const extra = copied ? { memberIds: members } : {};
    records.push({ entity: 'List', values: { id: `l${l}`, name: `List ${l}`, ownerId: 'owner', ...extra } });
    if (!copied) {
      for (const [m, userId] of members.entries()) {
        records.push({
          entity: 'ListMember',
          values: { id: `m${l}-${m}`, listId: `l${l}`, userId, role: 'viewer' },
        });
      }
    }
    for (let t = 0; t < TODOS; t++) {
      records.push({
        entity: 'Todo',
        values: { id: `t${l}-${t}`, listId: `l${l}`, title: `Todo ${t}`, done: false, ...extra },
      });
    }
  }
  for (let i = 0; i < records.length; i += 2000) {
    await runPushTransaction(opened.db, opened.dialect, appId, async (store) => {
      for (const { entity, values } of records.slice(i, i + 2000)) await write(store, entity, values);
    });
  }
}

async function write(store: SqlAuthorityStore, entity: string, values: RecordValues): Promise<void> {
  const version = await store.nextVersion();
  const hlc = `${String(Date.now()).padStart(13, '0')}-000000-seed`;
  const fields = Object.keys(values);
  await store.putRecord(entity, {
    key: String(values.id),
    version,
    deleted: false,
    values,
    hlc,
    fieldVersions: Object.fromEntries(fields.map((f) => [f, version])),
    fieldHlc: Object.fromEntries(fields.map((f) => [f, hlc])),
  });
}

/** One device's pull round (pages of 1000) from `cursor`; records received, time, next cursor. */
async function pull(
  opened: OpenedDatabase,
  spec: SyncSpec,
  caller: AccessContext,
  clientId: string,
  from: string | undefined,
): Promise<{ received: number; ms: number; cursor: string | undefined; todos: number }> {
  let cursor = from;
  let received = 0;
  let todos = 0;
  const start = performance.now();
  for (;;) {
    const answer = await processPull(
      spec,
      caller,
      {
        protocol: PROTOCOL_VERSION,
        specVersion: spec.app.version,
        clientId,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      },
      new SqlAuthorityStore(opened.reader, opened.dialect, spec.app.id, false, opened.db),
    );
    if (!answer.ok) throw new Error(JSON.stringify(answer.body));
    received += answer.body.changes.length;
    todos += answer.body.changes.filter((c) => c.entity === 'Todo' && c.kind === 'upsert').length;
    cursor = answer.body.cursor;
    if (!answer.body.hasMore) return { received, ms: performance.now() - start, cursor, todos };
  }
}

const copied = copiedField();
const caller: AccessContext = { userId: me, roles: ['member'], params: {}, now: Date.now() };

const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as Array<'sqlite' | 'postgres'>;

for (const dialect of dialects) {
  const { opened, dispose } = await benchDatabase(dialect, 'relation-pull');
  try {
    await seed(opened, membership.app.id, false);
    await seed(opened, copied.app.id, true);
    const total = LISTS * (TODOS + 1) + LISTS * MEMBERS;

    // Warm-up pulls on other devices, then the measured first pulls. PostgreSQL plans with the
    // statistics autovacuum keeps; after a bulk load that has not run yet, so take them now.
    await pull(opened, membership, caller, 'warm', undefined);
    await pull(opened, copied, caller, 'warm', undefined);
    await sql
      .raw(dialect === 'postgres' ? 'analyze sync_records, sync_view_rows' : 'analyze')
      .execute(opened.db);
    const viaMembers = await pull(opened, membership, caller, 'phone', undefined);
    const viaCopies = await pull(opened, copied, caller, 'phone', undefined);
    if (viaMembers.todos !== viaCopies.todos) {
      throw new Error(`the two scopes disagree: ${viaMembers.todos} against ${viaCopies.todos} todos`);
    }
    report({
      bench: 'relation-pull-first',
      db: dialect,
      records: total,
      todosPulled: viaMembers.todos,
      ms: round(viaMembers.ms),
      baseline: round(viaCopies.ms),
      baselineWhat: 'the same pull with the access copied into a string-set on every record (change log)',
      ratio: round(viaMembers.ms / viaCopies.ms, 2),
    });

    const quietMembers = await pull(opened, membership, caller, 'phone', viaMembers.cursor);
    const quietCopies = await pull(opened, copied, caller, 'phone', viaCopies.cursor);
    report({
      bench: 'relation-pull-nothing-changed',
      db: dialect,
      records: total,
      received: quietMembers.received + quietCopies.received,
      ms: round(quietMembers.ms, 2),
      baseline: round(quietCopies.ms, 2),
      baselineWhat: 'the copied-field pull with nothing changed',
      ratio: round(quietMembers.ms / Math.max(quietCopies.ms, 0.01), 2),
    });

    // One membership added: the list, its members and its 100 todos arrive at the next pull.
    const list = Array.from({ length: LISTS }, (_, l) => l).find((l) => !membersOf(l).includes(me))!;
    await runPushTransaction(opened.db, opened.dialect, membership.app.id, async (store) => {
      await write(store, 'ListMember', { id: `new-${list}`, listId: `l${list}`, userId: me, role: 'viewer' });
    });
    const moved = await pull(opened, membership, caller, 'phone', quietMembers.cursor);
    if (moved.todos !== TODOS) throw new Error(`expected ${TODOS} todos, got ${moved.todos}`);
    report({
      bench: 'relation-pull-membership-added',
      db: dialect,
      records: total,
      received: moved.received,
      todosArrived: moved.todos,
      ms: round(moved.ms, 2),
      target: 'under 50 ms of server time',
    });
  } finally {
    await dispose();
  }
}
