import type { JsonValue } from '../../protocol/types';
import { FORBIDDEN_KEYS } from '../../spec/document-guard';
import { isJsonObject, jsonEqual } from '../values';
import { clientIsLater, pickLater } from './last-writer-wins';
import type { FieldRule } from './types';

/**
 * field-merge. On an entity it means "resolve each field on its own" (see `applyOperation`). On a
 * single field holding a JSON object it merges that object's top-level keys the same way: a key
 * only one side changed keeps that side's value, a key both changed goes to the later write.
 * Anything other than three objects falls back to last-writer-wins.
 */
export const fieldMerge: FieldRule = (input) => {
  const { base, server, client } = input;
  if (!isJsonObject(server) || !isJsonObject(client) || !(base === undefined || isJsonObject(base))) {
    return pickLater(input);
  }
  const baseObj = base ?? {};
  const later = clientIsLater(input);
  const keys = new Set([...Object.keys(baseObj), ...Object.keys(server), ...Object.keys(client)]);
  const merged: { [key: string]: JsonValue } = {};
  for (const key of [...keys].sort()) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const b = Object.hasOwn(baseObj, key) ? baseObj[key] : undefined;
    const s = Object.hasOwn(server, key) ? server[key] : undefined;
    const c = Object.hasOwn(client, key) ? client[key] : undefined;
    const clientChanged = !jsonEqual(b, c);
    const serverChanged = !jsonEqual(b, s);
    const value = clientChanged && (!serverChanged || later) ? c : s;
    if (value !== undefined) merged[key] = value;
  }
  const winner = jsonEqual(merged, client) ? 'client' : jsonEqual(merged, server) ? 'server' : 'merged';
  return { value: merged, winner };
};
