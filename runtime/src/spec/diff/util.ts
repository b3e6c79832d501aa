import { describeValue } from '../words';
import type { SpecChange } from './types';

/** JSON text with object keys sorted, so two values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** Deep equality of two JSON values. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Items by name with their index; the first item wins when a name repeats. */
export function byName<T extends { readonly name: string }>(
  items: readonly T[] | undefined,
): Map<string, { item: T; index: number }> {
  const map = new Map<string, { item: T; index: number }>();
  (items ?? []).forEach((item, index) => {
    if (!map.has(item.name)) map.set(item.name, { item, index });
  });
  return map;
}

/** A short rendering of a value for a summary line, in words (a list as `a, b`, a condition as the builder says it). */
export function show(value: unknown): string {
  if (value === undefined) return '(none)';
  return describeValue(value, false);
}

/** Collects changes in the order they are found; that order is the output order. */
export type Emit = (change: SpecChange) => void;
