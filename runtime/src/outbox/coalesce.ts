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
  // A decision on a conflict travels alone: folded into an edit it would settle with other values.
  if (earlier.settles !== undefined || later.settles !== undefined) return { kind: 'separate' };
  if (earlier.entity !== later.entity || earlier.key !== later.key) return { kind: 'separate' };
  if (earlier.kind === 'delete') return { kind: 'separate' };
  if (later.kind === 'delete' && earlier.baseVersion === 0) return { kind: 'cancelled' };
  const base = { ...later.base, ...earlier.base };
  const changes = later.kind === 'delete' ? {} : { ...earlier.changes, ...later.changes };
  const sets = later.kind === 'delete' ? undefined : foldSetEdits(earlier, later);
  const { sets: _replaced, ...rest } = later;
  return {
    kind: 'merged',
    entry: {
      ...rest,
      ...(earlier.seq === undefined ? {} : { seq: earlier.seq }),
      id: earlier.id,
      changes,
      base: later.kind === 'delete' ? {} : base,
      baseVersion: earlier.baseVersion,
      queuedAt: earlier.queuedAt,
      ...(sets === undefined ? {} : { sets }),
    },
  };
}

type SetEdits = NonNullable<OutboxEntry['sets']>;

/**
 * The set edits of two folded entries, field by field: the later edit's adds and removes applied
 * after the earlier one's (`add = (add₁ − remove₂) ∪ add₂`, `remove = (remove₁ − add₂) ∪ remove₂`).
 * A field one entry changed without an edit (an entry queued by an older runtime) keeps no edit, so
 * it travels in the whole-set form.
 */
function foldSetEdits(earlier: OutboxEntry, later: OutboxEntry): SetEdits | undefined {
  const out: Record<string, SetEdits[string]> = {};
  const fields = new Set([...Object.keys(earlier.changes), ...Object.keys(later.changes)]);
  for (const field of fields) {
    const first = earlier.sets?.[field];
    const second = later.sets?.[field];
    const inFirst = Object.hasOwn(earlier.changes, field);
    const inSecond = Object.hasOwn(later.changes, field);
    if ((inFirst && !first) || (inSecond && !second)) continue;
    if (!first || !second) {
      const only = first ?? second;
      if (only) out[field] = only;
      continue;
    }
    const add = new Set([...first.add.filter((m) => !second.remove.includes(m)), ...second.add]);
    const remove = new Set([...first.remove.filter((m) => !second.add.includes(m)), ...second.remove]);
    out[field] = { add: [...add], remove: [...remove] };
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
