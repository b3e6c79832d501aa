import { asStringSet, type FieldValue, jsonEqual, sortedList } from '../values';
import type { FieldRule } from './types';

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
 * set-union (add-wins): members added on either side are kept; a member removed by the client is
 * removed unless the server added it concurrently. For string-set fields.
 */
export const setUnion: FieldRule = ({ base, server, client }) => {
  const value = mergeSets(base, server, client);
  const winner = jsonEqual(value, sortedList(asStringSet(client)))
    ? 'client'
    : jsonEqual(value, sortedList(asStringSet(server)))
      ? 'server'
      : 'merged';
  return { value, winner };
};
