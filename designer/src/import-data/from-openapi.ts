import type { Field } from '@syncraft/runtime/spec';
import { type ColumnShape, entityNameFrom, fieldNames, type TableShape } from './shape';

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  maxLength?: number;
  $ref?: string;
  nullable?: boolean;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for an OpenAPI 3 or Swagger 2 document. */
export function isOpenApi(value: unknown): boolean {
  return isObject(value) && (typeof value.openapi === 'string' || typeof value.swagger === 'string');
}

function typeOf(schema: Schema): string | undefined {
  const t = schema.type;
  return Array.isArray(t) ? t.find((x) => x !== 'null') : t;
}

/** The field type an OpenAPI property schema maps to. */
function fieldType(schema: Schema): Pick<ColumnShape, 'type' | 'values'> {
  if (schema.$ref) return { type: 'json' };
  const type = typeOf(schema);
  if (type === 'string') {
    if (
      Array.isArray(schema.enum) &&
      schema.enum.length > 0 &&
      schema.enum.every((v) => typeof v === 'string')
    )
      return { type: 'enum', values: schema.enum as string[] };
    if (schema.format === 'date-time' || schema.format === 'date') return { type: 'datetime' };
    if (schema.maxLength !== undefined && schema.maxLength > 1000) return { type: 'text' };
    return { type: 'string' };
  }
  const simple: Record<string, Field['type']> = { integer: 'integer', number: 'number', boolean: 'boolean' };
  if (type && simple[type]) return { type: simple[type]! };
  if (type === 'array' && schema.items && typeOf(schema.items) === 'string') return { type: 'string-set' };
  return { type: 'json' };
}

/**
 * Tables from an OpenAPI document's schemas (`components.schemas`, or Swagger 2 `definitions`):
 * each object schema is a table, its properties columns; `required` marks required fields.
 */
export function shapesFromOpenApi(document: unknown): TableShape[] {
  if (!isObject(document)) return [];
  const components = isObject(document.components) ? document.components : {};
  const schemas = (isObject(components.schemas) ? components.schemas : document.definitions) as
    | Record<string, Schema>
    | undefined;
  if (!isObject(schemas))
    throw new Error('The OpenAPI document has no schemas (components.schemas) to read.');
  const shapes: TableShape[] = [];
  for (const [schemaName, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !isObject(schema.properties)) continue;
    const properties = Object.entries(schema.properties as Record<string, Schema>);
    if (properties.length === 0) continue;
    const names = fieldNames(properties.map(([p]) => p));
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    shapes.push({
      source: `#/components/schemas/${schemaName}`,
      name: entityNameFrom(schemaName),
      ...(typeof schema.description === 'string' && { description: schema.description.slice(0, 2000) }),
      columns: properties.map(([original, property], i) => ({
        original,
        name: names[i]!,
        required: required.has(original),
        ...fieldType(isObject(property) ? property : {}),
        ...(isObject(property) &&
          typeof property.description === 'string' && { description: property.description.slice(0, 2000) }),
      })),
      foreignKeys: [],
    });
  }
  if (shapes.length === 0) throw new Error('The OpenAPI document has no object schemas with properties.');
  return shapes;
}
