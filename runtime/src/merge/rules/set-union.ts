import type { SetEdit } from '../../protocol/types';
import { asStringSet, type FieldValue, jsonEqual, sortedList } from '../values';
import type { FieldRule, RuleOutcome } from './types';

/**
 * The add-wins set merge: `server ∪ (client − base) − ((base − client) − (server − base))`.
 * The client's additions are added; the client's removals apply only to members that were in the
 * base. A member that is not in the base but is on the server was added there and always stays.
 * (Snapshots cannot show a member removed and added back on the server while it stayed in the
 * base; such a member is removed like any other.) The result is sorted, so it is the same whatever
 * the order of the inputs' members.
 */
export function mergeSets(base: FieldValue, server: FieldValue, client: FieldValue): string[] {
  const b = asStringSet(base);
  const s = asStringSet(server);
  const c = asStringSet(client);
  const result = new Set(s);
  for (const item of c) if (!b.has(item)) result.add(item);
  // (base − client) never meets (server − base): every member below is in the base.
  for (const item of b) if (!c.has(item)) result.delete(item);
  return sortedList(result);
}

/**
 * The add-wins merge of an edit sent as adds and removes: `server ∪ add − (remove ∩ base)`.
 * Added members are always added, whatever the base says. A removed member goes only if the edit
 * saw it (it is in the base): one the server has but the base lacks was added elsewhere
 * concurrently, and an add wins over a concurrent removal. Sorted, like {@link mergeSets}.
 */
export function applySetEdit(base: FieldValue, server: FieldValue, edit: SetEdit): string[] {
  const saw = asStringSet(base);
  const result = asStringSet(server);
  for (const item of edit.add) result.add(item);
  for (const item of edit.remove) if (saw.has(item)) result.delete(item);
  return sortedList(result);
}

/** A {@link RuleOutcome} of the set-union rule for `value`, naming the side it equals. */
function setOutcome(value: string[], server: FieldValue, client: FieldValue): RuleOutcome {
  const winner = jsonEqual(value, sortedList(asStringSet(client)))
    ? 'client'
    : jsonEqual(value, sortedList(asStringSet(server)))
      ? 'server'
      : 'merged';
  return { value, winner };
}

/** set-union for an edit sent as adds and removes (see {@link applySetEdit}). */
export function setUnionEdit(args: Parameters<FieldRule>[0], edit: SetEdit): RuleOutcome {
  return setOutcome(applySetEdit(args.base, args.server, edit), args.server, args.client);
}

/**
 * set-union (add-wins): members added on either side are kept; a member removed by the client is
 * removed unless the server added it concurrently. For string-set fields.
 */
export const setUnion: FieldRule = ({ base, server, client }) =>
  setOutcome(mergeSets(base, server, client), server, client);
