/** Appends `value` to the list under `key`, creating the list on first use. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The identity of one record across entities, as a map key. */
export function recordId(entity: string, key: string): string {
  return `${entity}\u0000${key}`;
}
