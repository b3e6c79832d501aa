/**
 * Building blocks of the wire schemas (JSON Schema, OpenAPI 3.1 dialect). `tsType` tells the type
 * generator which TypeScript type a node stands for where JSON Schema says less than the code knows
 * (field values, the spec and its diagnostics); the API document drops it (`openApiSchemas`).
 */

/** A JSON Schema node, as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A `$ref` to another wire schema, by its name in `WIRE_SCHEMAS`. */
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** Non-empty text of at most `max` characters. */
export const text = (max: number, description?: string): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength: max,
  ...(description === undefined ? {} : { description }),
});

/** Text, with what it means. */
export const str = (description?: string): JsonSchema => ({
  type: 'string',
  ...(description === undefined ? {} : { description }),
});

/** A whole number. */
export const int = (description?: string, minimum?: number): JsonSchema => ({
  type: 'integer',
  ...(minimum === undefined ? {} : { minimum }),
  ...(description === undefined ? {} : { description }),
});

/** An ISO 8601 time. */
export const instant = (description?: string): JsonSchema => ({
  type: 'string',
  format: 'date-time',
  ...(description === undefined ? {} : { description }),
});

/** Text or null. */
export const nullable = (description?: string): JsonSchema => ({
  type: ['string', 'null'],
  ...(description === undefined ? {} : { description }),
});

/** Field name → value of one record. */
export const recordValues = (description?: string): JsonSchema => ({
  type: 'object',
  additionalProperties: true,
  tsType: 'RecordValues',
  ...(description === undefined ? {} : { description }),
});

/** Any JSON value. */
export const jsonValue = (description?: string): JsonSchema => ({
  tsType: 'JsonValue',
  ...(description === undefined ? {} : { description }),
});

/** One of a fixed list of texts. */
export const oneOfText = (values: readonly string[], description?: string): JsonSchema => ({
  type: 'string',
  enum: [...values],
  ...(description === undefined ? {} : { description }),
});

/** A list of `items`. */
export const listOf = (items: JsonSchema, description?: string): JsonSchema => ({
  type: 'array',
  items,
  ...(description === undefined ? {} : { description }),
});

/** An object: `required` properties always present, `optional` ones sometimes. */
export const object = (
  required: Readonly<Record<string, JsonSchema>>,
  optional: Readonly<Record<string, JsonSchema>> = {},
  description?: string,
): JsonSchema => ({
  type: 'object',
  ...(description === undefined ? {} : { description }),
  required: Object.keys(required),
  properties: { ...required, ...optional },
});
