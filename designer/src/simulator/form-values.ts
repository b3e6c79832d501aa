import type { JsonValue } from '@syncraft/runtime/protocol';
import type { Field } from '@syncraft/runtime/spec';

/** A form input read as a field value: the value, nothing (left empty), or why it cannot be read. */
export type ParsedInput =
  | { readonly kind: 'value'; readonly value: JsonValue }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly message: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first object key in `value` that could reach a prototype, with its JSON pointer. */
function forbiddenKey(value: JsonValue, pointer = ''): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = forbiddenKey(item, `${pointer}/${i}`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `${pointer}/${key}`;
      const found = forbiddenKey(value[key] as JsonValue, `${pointer}/${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Reads the text of a form input as a value of `field`'s type. Range, length and enum checks are
 * left to the runtime, so the person sees the same words the app would show.
 */
export function parseInput(field: Field, text: string): ParsedInput {
  const trimmed = text.trim();
  // An empty text box means "leave this field alone", for every type.
  if (text === '' || (trimmed === '' && field.type !== 'string' && field.type !== 'text'))
    return { kind: 'empty' };
  switch (field.type) {
    case 'string':
    case 'text':
    case 'enum':
    case 'reference':
      return { kind: 'value', value: field.type === 'enum' || field.type === 'reference' ? trimmed : text };
    case 'number':
    case 'integer':
    case 'counter': {
      const n = Number(trimmed);
      if (!Number.isFinite(n))
        return { kind: 'invalid', message: `${field.name} needs a number, not “${trimmed}”` };
      if (field.type !== 'number' && !Number.isInteger(n))
        return { kind: 'invalid', message: `${field.name} needs a whole number, not ${trimmed}` };
      return { kind: 'value', value: n };
    }
    case 'boolean':
      if (trimmed === 'true' || trimmed === 'false') return { kind: 'value', value: trimmed === 'true' };
      return { kind: 'invalid', message: `${field.name} is yes or no (true or false)` };
    case 'datetime': {
      const ms = Date.parse(trimmed);
      if (Number.isNaN(ms))
        return { kind: 'invalid', message: `${field.name} needs a date and time such as 2026-06-01T09:00` };
      return { kind: 'value', value: new Date(ms).toISOString() };
    }
    case 'string-set': {
      const items = [
        ...new Set(
          trimmed
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        ),
      ];
      return { kind: 'value', value: items };
    }
    case 'json': {
      let value: JsonValue;
      try {
        value = JSON.parse(trimmed) as JsonValue;
      } catch (error) {
        return {
          kind: 'invalid',
          message: `${field.name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      const bad = forbiddenKey(value);
      if (bad !== undefined)
        return { kind: 'invalid', message: `${field.name} may not use the key at ${bad}: rename it` };
      return { kind: 'value', value };
    }
  }
}

/** A stored value as the text of a form input (the inverse of {@link parseInput}). */
export function formatInput(field: Field, value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  switch (field.type) {
    case 'string-set':
      return Array.isArray(value) ? value.map(String).join(', ') : String(value);
    case 'json':
      return JSON.stringify(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** Which input a field gets in the generated form. */
export type InputKind = 'text' | 'textarea' | 'number' | 'select' | 'datetime';

/** The input for a field's type: a select for enums and yes/no, a number box for numbers, and so on. */
export function inputKind(field: Field): InputKind {
  switch (field.type) {
    case 'text':
    case 'json':
      return 'textarea';
    case 'number':
    case 'integer':
    case 'counter':
      return 'number';
    case 'enum':
    case 'boolean':
      return 'select';
    case 'datetime':
      return 'datetime';
    default:
      return 'text';
  }
}
