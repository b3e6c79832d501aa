import { durationMs } from '@syncraft/runtime/spec';

/** Checks shown as you type, in the words of the spec's schema. */

const identifier = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** A problem with a name (entity, field, role, state, parameter), or `undefined` when it is fine. */
export function nameProblem(name: string, taken?: ReadonlySet<string>): string | undefined {
  if (name === '') return 'A name is required.';
  if (!identifier.test(name)) return 'Use letters, digits and _ only, starting with a letter (at most 64).';
  if (taken?.has(name)) return `“${name}” is already used.`;
  return undefined;
}

/** A problem with a duration such as `30s` or `7d`, or `undefined` when it is fine. */
export function durationProblem(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    durationMs(value);
    return undefined;
  } catch {
    return 'Write a number and a unit: ms, s, m, h, d or w (e.g. 30s, 15m, 7d).';
  }
}

/** `undefined` for an empty string, else the string: optional text properties are left out when empty. */
export function optionalText(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** Sets or removes an optional property without leaving `undefined` behind (exact optional types). */
export function withOptional<T extends object, K extends keyof T>(
  obj: T,
  key: K,
  value: T[K] | undefined,
): T {
  const copy = { ...obj };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
