import type { OutboxEntry } from './entry';

/** What merging a new change into the record's last queued entry gives. */
export type CoalesceResult =
  /** One entry now carries both changes (replaces the earlier one, keeping its place). */
  | { readonly kind: 'merged'; readonly entry: OutboxEntry }
  /** A create followed by a delete: the server never needs to hear of the record. */
  | { readonly kind: 'cancelled' }
  /** The two must travel separately. */
  | { readonly kind: 'separate' };

/**
 * Folds a new change into the record's previous unsent entry (the caller passes only an entry
 * that is not in flight and was not queued before this session, when it may already have been sent), so repeated edits of one record
 * travel as one operation. The merged entry keeps the earlier entry's place, base version and, per
 * field, the earliest base value (what the server's three-way rules must compare with); changed
 * values and the timestamp come from the later edit. Pure.
 *
 * Never folds into an entry that is in flight or was already tried (the server may have applied
 * that id; a changed payload under the same id would be lost to idempotency), nor a recreate after
 * a delete (the server must see the delete).
 */
export function coalesce(earlier: OutboxEntry, later: OutboxEntry): CoalesceResult {
  if (earlier.attempts > 0) return { kind: 'separate' };
  if (earlier.entity !== later.entity || earlier.key !== later.key) return { kind: 'separate' };
  if (earlier.kind === 'delete') return { kind: 'separate' };
  if (later.kind === 'delete' && earlier.baseVersion === 0) return { kind: 'cancelled' };
  const base = { ...later.base, ...earlier.base };
  const changes = later.kind === 'delete' ? {} : { ...earlier.changes, ...later.changes };
  return {
    kind: 'merged',
    entry: {
      ...later,
      ...(earlier.seq === undefined ? {} : { seq: earlier.seq }),
      id: earlier.id,
      changes,
      base: later.kind === 'delete' ? {} : base,
      baseVersion: earlier.baseVersion,
      queuedAt: earlier.queuedAt,
    },
  };
}
