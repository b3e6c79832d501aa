import { asInstant } from '../merge/values';
import type { JsonValue, RecordValues, RejectReason } from '../protocol/types';
import { FORBIDDEN_KEYS } from '../spec/document-guard';
import type { Entity, Field } from '../spec/types';
import { matchesPattern } from './pattern';

/** Caps on values that the spec does not limit itself, so one write cannot flood every device. */
export const VALUE_LIMITS = {
  /** Longest string in any field, in characters, when the field has no `maxLength`. */
  maxStringLength: 1_000_000,
  /** Most members of a string-set without `maxItems`. */
  maxSetItems: 10_000,
  /** Deepest nesting inside a json field. */
  maxJsonDepth: 32,
  /** Most values (objects, lists, scalars) inside one json field. */
  maxJsonNodes: 100_000,
} as const;

/** Why a value was refused: the reject reason, the field, and words for the person who wrote it. */
export interface ValueProblem {
  readonly reason: RejectReason;
  readonly field: string;
  readonly message: string;
}

/** Options of {@link checkValues}. */
export interface CheckValuesOptions {
  /** The change creates the record: required fields must be present (or have a default). */
  readonly create: boolean;
}

function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function describe(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Problems inside a json field's value: forbidden keys, too deep, too big. Iterative. */
function jsonProblem(value: JsonValue): string | undefined {
  const stack: Array<{ v: JsonValue; depth: number }> = [{ v: value, depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (++nodes > VALUE_LIMITS.maxJsonNodes) return `holds more than ${VALUE_LIMITS.maxJsonNodes} values`;
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'number' && !Number.isFinite(v)) return 'holds a number that is not finite';
      continue;
    }
    if (depth > VALUE_LIMITS.maxJsonDepth) return `nests deeper than ${VALUE_LIMITS.maxJsonDepth} levels`;
    if (Array.isArray(v)) for (const item of v) stack.push({ v: item, depth: depth + 1 });
    else
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) return `uses the key “${key}”, which is not allowed`;
        stack.push({ v: v[key] as JsonValue, depth: depth + 1 });
      }
  }
  return undefined;
}

/** Why `value` does not fit `field`, or `undefined` when it fits. `null` is handled by the caller. */
function typeProblem(field: Field, value: JsonValue): string | undefined {
  switch (field.type) {
    case 'string':
    case 'text': {
      if (typeof value !== 'string') return `must be text, not ${describe(value)}`;
      const max = field.maxLength ?? VALUE_LIMITS.maxStringLength;
      const length = charCount(value);
      if (length > max) return `is ${length} characters long; the most is ${max}`;
      if (field.minLength !== undefined && length < field.minLength)
        return length === 0
          ? 'may not be empty'
          : `is ${length} characters long; the least is ${field.minLength}`;
      if (field.pattern !== undefined && !matchesPattern(field.pattern, value))
        return `does not have the required form (pattern ${field.pattern})`;
      return undefined;
    }
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `must be a number, not ${describe(value)}`;
      if (field.type === 'integer' && !Number.isInteger(value)) return `must be a whole number, not ${value}`;
      if (field.minimum !== undefined && value < field.minimum)
        return `is ${value}; the least is ${field.minimum}`;
      if (field.maximum !== undefined && value > field.maximum)
        return `is ${value}; the most is ${field.maximum}`;
      return undefined;
    }
    case 'counter':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : `must be a number, not ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, not ${describe(value)}`;
    case 'datetime':
      return typeof value === 'string' && asInstant(value) !== undefined
        ? undefined
        : `must be an ISO 8601 date-time such as 2026-11-22T09:30:00Z, not ${describe(value)}`;
    case 'enum':
      return typeof value === 'string' && field.values.includes(value)
        ? undefined
        : `must be one of ${field.values.map((v) => `“${v}”`).join(', ')}, not ${describe(value)}`;
    case 'reference':
      return typeof value === 'string' && value.length > 0 && value.length <= 256
        ? undefined
        : `must be the key of a ${field.entity} (text of 1–256 characters), not ${describe(value)}`;
    case 'string-set': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
        return `must be a list of texts, not ${describe(value)}`;
      }
      const max = field.maxItems ?? VALUE_LIMITS.maxSetItems;
      if (value.length > max) return `has ${value.length} members; the most is ${max}`;
      if (field.minItems !== undefined && value.length < field.minItems)
        return `has ${value.length} members; the least is ${field.minItems}`;
      if (value.some((item) => charCount(item as string) > VALUE_LIMITS.maxStringLength)) {
        return `has a member longer than ${VALUE_LIMITS.maxStringLength} characters`;
      }
      return undefined;
    }
    case 'json':
      return jsonProblem(value);
    default:
      return undefined;
  }
}

function hasDefault(field: Field): boolean {
  return 'default' in field && field.default !== undefined;
}

/**
 * Checks a change set against an entity's fields and returns the first problem: an unknown field,
 * a value of the wrong type, an enum value not listed, text over `maxLength`, a number outside
 * `minimum`/`maximum`, text under `minLength` or not matching `pattern`, a string-set under
 * `minItems`, a required field cleared (or, on create, missing without a default), or a
 * value over {@link VALUE_LIMITS}. Never throws.
 *
 * @example
 * checkValues(job, { status: 'finished' }, { create: false })
 * // → { reason: 'invalid-value', field: 'status', message: 'Job.status must be one of “open”, ... not "finished".' }
 */
export function checkValues(
  entity: Entity,
  changes: RecordValues,
  options: CheckValuesOptions,
): ValueProblem | undefined {
  const fields = new Map<string, Field>(entity.fields.map((f) => [f.name, f]));
  for (const name of Object.keys(changes)) {
    const field = fields.get(name);
    if (!field || FORBIDDEN_KEYS.has(name)) {
      return {
        reason: 'unknown-field',
        field: name,
        message: `${entity.name} has no field “${name}”. Its fields are ${[...fields.keys()].join(', ')}.`,
      };
    }
    const value = changes[name] as JsonValue;
    if (value === null) {
      if (field.required) {
        return {
          reason: 'missing-required',
          field: name,
          message: `${entity.name}.${name} is required and cannot be cleared.`,
        };
      }
      continue;
    }
    const problem = typeProblem(field, value);
    if (problem)
      return { reason: 'invalid-value', field: name, message: `${entity.name}.${name} ${problem}.` };
  }
  if (options.create) {
    for (const field of entity.fields) {
      if (!field.required || field.name === entity.key || hasDefault(field)) continue;
      if (!Object.hasOwn(changes, field.name)) {
        return {
          reason: 'missing-required',
          field: field.name,
          message: `${entity.name}.${field.name} is required: a new ${entity.name} must set it.`,
        };
      }
    }
  }
  return undefined;
}

/** The defaults of the fields a new record leaves unset (fields with a `default` in the spec). */
export function defaultsFor(entity: Entity, changes: RecordValues): RecordValues {
  const defaults: Record<string, JsonValue> = {};
  for (const field of entity.fields) {
    if ('default' in field && field.default !== undefined && !Object.hasOwn(changes, field.name)) {
      defaults[field.name] = field.default;
    }
  }
  return defaults;
}
