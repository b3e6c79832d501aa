import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from './canonical';
import type { RegistryTables } from './tables';

/** The hash the first entry links to. */
export const AUDIT_GENESIS = 'syncraft-audit-genesis';

/** The fields of an entry the chain covers: everything the log says, its position and its link. */
export interface ChainedFields {
  readonly chain_seq: number;
  readonly prev_hash: string;
  readonly at: string;
  readonly user_id: string;
  readonly roles: string;
  readonly action: string;
  readonly app_id: string | null;
  readonly hash: string | null;
  readonly details: string;
  readonly comment: string | null;
}

/** SHA-256 of the entry's canonical JSON: any change to a covered field changes it. */
export function entryHash(fields: ChainedFields): string {
  const covered = {
    seq: fields.chain_seq,
    prev: fields.prev_hash,
    at: fields.at,
    user: fields.user_id,
    roles: fields.roles,
    action: fields.action,
    app: fields.app_id,
    hash: fields.hash,
    details: fields.details,
    comment: fields.comment,
  };
  return createHash('sha256').update(canonicalJson(covered)).digest('hex');
}

/**
 * The next link of the chain, taken under a row lock of the chain head on PostgreSQL (several
 * server processes append in turn; SQLite has one writer). Call inside the transaction that
 * appends the entry, then {@link advanceChain} with the entry's hash.
 */
export async function nextLink(
  trx: Kysely<RegistryTables>,
  postgres: boolean,
): Promise<{ readonly seq: number; readonly prev: string }> {
  const head = await trx
    .selectFrom('registry_audit_chain')
    .select(['last_seq', 'last_hash'])
    .where('id', '=', 1)
    .$if(postgres, (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
  return { seq: Number(head.last_seq) + 1, prev: head.last_hash };
}

export async function advanceChain(trx: Kysely<RegistryTables>, seq: number, hash: string): Promise<void> {
  await trx
    .updateTable('registry_audit_chain')
    .set({ last_seq: seq, last_hash: hash })
    .where('id', '=', 1)
    .execute();
}

/** What a check of the chain found: intact, or the first entry where it breaks and how. */
export type ChainCheck =
  | { readonly ok: true; readonly entries: number; readonly headHash: string }
  | {
      readonly ok: false;
      readonly entries: number;
      readonly headHash: string;
      readonly firstBroken: {
        /** Position in the chain (1 for the first entry). */
        readonly position: number;
        /** The row's id, when a row stands at that position. */
        readonly id: number | null;
        readonly problem: 'altered' | 'missing' | 'reordered' | 'relinked';
        readonly message: string;
      };
    };

/**
 * Walks the whole log in chain order and recomputes every link: an entry whose fields changed
 * (`altered`), a position with no entry (`missing`: deleted, or the tail cut off), entries out of
 * order (`reordered`), or an entry linked to something other than its predecessor (`relinked`).
 * Names the first break. Reads in pages, so a long log is not held in memory.
 */
export async function verifyAuditChain(db: Kysely<RegistryTables>): Promise<ChainCheck> {
  const head = await db
    .selectFrom('registry_audit_chain')
    .select(['last_seq', 'last_hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const headHash = head?.last_hash ?? AUDIT_GENESIS;
  let expected = 1;
  let prev = AUDIT_GENESIS;
  const broken = (
    position: number,
    id: number | null,
    problem: 'altered' | 'missing' | 'reordered' | 'relinked',
    message: string,
  ): ChainCheck => ({
    ok: false,
    entries: expected - 1,
    headHash,
    firstBroken: { position, id, problem, message },
  });
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('registry_audit_log')
      .selectAll()
      .where('chain_seq', '>', after)
      .orderBy('chain_seq')
      .limit(1000)
      .execute();
    for (const row of rows) {
      const seq = Number(row.chain_seq);
      if (seq > expected) {
        return broken(
          expected,
          null,
          'missing',
          `Entry ${expected} of the audit chain is gone (the next one present is ${seq}, id ${row.id}).`,
        );
      }
      if (seq < expected) {
        return broken(
          seq,
          Number(row.id),
          'reordered',
          `Entry id ${row.id} claims position ${seq}, already taken.`,
        );
      }
      if (row.prev_hash !== prev) {
        return broken(
          seq,
          Number(row.id),
          'relinked',
          `Entry id ${row.id} (position ${seq}) does not link to the entry before it.`,
        );
      }
      const computed = entryHash({ ...row, chain_seq: seq, prev_hash: prev });
      if (computed !== row.entry_hash) {
        return broken(
          seq,
          Number(row.id),
          'altered',
          `Entry id ${row.id} (position ${seq}, ${row.action} by ${row.user_id}) was changed after it was written.`,
        );
      }
      prev = computed;
      expected = seq + 1;
    }
    if (rows.length < 1000) break;
    after = Number(rows[rows.length - 1]!.chain_seq);
  }
  const last = Number(head?.last_seq ?? 0);
  if (last >= expected) {
    return broken(
      expected,
      null,
      'missing',
      `The audit chain ends at entry ${expected - 1}, but ${last} were written: the last ${last - expected + 1} are gone.`,
    );
  }
  if (last > 0 && prev !== headHash) {
    return broken(
      last,
      null,
      'relinked',
      'The last entry does not match the chain head the server recorded.',
    );
  }
  return { ok: true, entries: expected - 1, headHash };
}
