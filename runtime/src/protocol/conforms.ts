import { type JsonSchema, WIRE_SCHEMAS } from './schema';

/** Whether a value has the shape of a wire message, or the first place where it does not. */
export type Conformance =
  | { readonly ok: true }
  | { readonly ok: false; readonly pointer: string; readonly message: string };

const REF = '#/components/schemas/';

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number' && Number.isInteger(value)
        ? 'integer'
        : typeof value;

const fits = (value: unknown, type: string): boolean =>
  type === typeOf(value) || (type === 'number' && typeOf(value) === 'integer');

const pointerToken = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

function check(schema: JsonSchema, value: unknown, at: string): Conformance {
  if (typeof schema.$ref === 'string') {
    const target = WIRE_SCHEMAS[schema.$ref.slice(REF.length)];
    if (!target) return { ok: false, pointer: at, message: `unknown schema ${schema.$ref}` };
    return check(target, value, at);
  }
  if ('const' in schema && value !== schema.const) {
    return { ok: false, pointer: at, message: `expected ${JSON.stringify(schema.const)}` };
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    return {
      ok: false,
      pointer: at,
      message: `expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`,
    };
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 0 && !types.some((t) => fits(value, String(t)))) {
    return { ok: false, pointer: at, message: `expected ${types.join(' or ')}, found ${typeOf(value)}` };
  }
  if (Array.isArray(schema.oneOf)) {
    const options = schema.oneOf as JsonSchema[];
    const results = options.map((option) => check(option, value, at));
    if (!results.some((r) => r.ok)) {
      // The variant whose discriminator matched explains best; else the first failure.
      return (
        results.find((r) => !r.ok && r.pointer !== at) ??
        results[0] ?? { ok: false, pointer: at, message: 'no variant' }
      );
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as readonly string[] | undefined) ?? []) {
      if (!(key in object)) return { ok: false, pointer: at, message: `missing "${key}"` };
    }
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [key, child] of Object.entries(properties)) {
      if (object[key] === undefined) continue;
      const result = check(child, object[key], `${at}/${pointerToken(key)}`);
      if (!result.ok) return result;
    }
    const extra = schema.additionalProperties;
    if (typeof extra === 'object' && extra !== null) {
      for (const [key, child] of Object.entries(object)) {
        if (key in properties) continue;
        const result = check(extra as JsonSchema, child, `${at}/${pointerToken(key)}`);
        if (!result.ok) return result;
      }
    }
  }
  if (Array.isArray(value) && typeof schema.items === 'object' && schema.items !== null) {
    for (const [i, item] of value.entries()) {
      const result = check(schema.items as JsonSchema, item, `${at}/${i}`);
      if (!result.ok) return result;
    }
  }
  return { ok: true };
}

/**
 * Checks that `value` has the shape of the wire message `name` (a key of {@link WIRE_SCHEMAS}):
 * types, required properties, constants and lists of values, through `$ref`s and `oneOf`s. Shape
 * only (no lengths or formats), made for checking a server's answers before trusting them; pure
 * data walking, no generated code, so it runs under a strict Content-Security-Policy.
 *
 * @example
 * const checked = conforms('Submission', await response.json());
 * if (!checked.ok) console.warn(`unexpected answer at ${checked.pointer}: ${checked.message}`);
 */
export function conforms(name: string, value: unknown): Conformance {
  const schema = WIRE_SCHEMAS[name];
  if (!schema) return { ok: false, pointer: '', message: `no wire message is called ${name}` };
  return check(schema, value, '');
}
