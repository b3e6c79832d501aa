import type { PolicyFileProblem } from './parse';

/*
 * Readers for the properties of one policy entry: each checks a value and records a precise
 * problem (pointer, message, hint) instead of throwing, so a bad file is reported in full.
 */

/** Records every key of `obj` that is not in `allowed`. */
export function unknownKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  at: string,
  problems: PolicyFileProblem[],
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      problems.push({
        pointer: `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        message: `Unknown property "${key}".`,
        hint: `Allowed here: ${allowed.join(', ')}.`,
      });
    }
  }
}

/** A required non-empty list of names (optionally from `allowed`). */
export function requiredList<T extends string>(
  p: Record<string, unknown>,
  key: string,
  at: string,
  problems: PolicyFileProblem[],
  allowed: readonly T[] | undefined,
): T[] {
  const list = optionalList(p, key, at, problems, allowed);
  if (list === undefined && p[key] === undefined) {
    problems.push({
      pointer: `${at}/${key}`,
      message: `"${key}" is required for this kind of policy.`,
      hint: allowed ? `A list of: ${allowed.join(', ')}.` : 'A list of names.',
    });
  }
  return list ?? [];
}

/** An optional non-empty list of names (optionally from `allowed`); undefined when absent or bad. */
export function optionalList<T extends string>(
  p: Record<string, unknown>,
  key: string,
  at: string,
  problems: PolicyFileProblem[],
  allowed: readonly T[] | undefined,
): T[] | undefined {
  const value = p[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({
      pointer: `${at}/${key}`,
      message: `"${key}" must be a non-empty list.`,
      hint: allowed ? `A list of: ${allowed.join(', ')}.` : 'A list of names.',
    });
    return undefined;
  }
  let ok = true;
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'string' || (allowed && !(allowed as readonly string[]).includes(v))) {
      ok = false;
      problems.push({
        pointer: `${at}/${key}/${i}`,
        message: `${JSON.stringify(v)} is not allowed in "${key}".`,
        hint: allowed ? `Use one of: ${allowed.join(', ')}.` : 'Write a name as text.',
      });
    }
  });
  return ok ? (value as T[]) : undefined;
}

/** A whole number of at least 1. */
export function positiveInteger(
  p: Record<string, unknown>,
  key: string,
  at: string,
  problems: PolicyFileProblem[],
): number {
  const value = p[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    problems.push({
      pointer: `${at}/${key}`,
      message: `"${key}" must be a whole number of at least 1, not ${JSON.stringify(value)}.`,
      hint: `For example "${key}": 30.`,
    });
    return 0;
  }
  return value;
}

/** One value of `allowed`. */
export function oneOf<T extends string>(
  p: Record<string, unknown>,
  key: string,
  at: string,
  problems: PolicyFileProblem[],
  allowed: readonly T[],
): T {
  const value = p[key];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    problems.push({
      pointer: `${at}/${key}`,
      message: `"${key}" must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}.`,
      hint: `For example "${key}": "${allowed[0]}".`,
    });
    return allowed[0]!;
  }
  return value as T;
}
