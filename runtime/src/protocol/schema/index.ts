import { auditSchemas } from './audit';
import { conflictSchemas } from './conflicts';
import { errorSchemas } from './errors';
import type { JsonSchema } from './json';
import { registrySchemas } from './registry';
import { sandboxSchemas } from './sandbox';
import { syncSchemas } from './sync';

export type { JsonSchema } from './json';

/**
 * The JSON Schema of every request and answer of the HTTP API (sync, conflicts, registry, audit,
 * errors), keyed by name; `$ref`s point at `#/components/schemas/<name>`, as in the API document.
 * The one source: `wire.generated.ts` is generated from these (`pnpm --filter @syncraft/runtime gen`)
 * and the server's OpenAPI document embeds them (`openApiSchemas`).
 */
export const WIRE_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  ...errorSchemas,
  ...syncSchemas,
  ...conflictSchemas,
  ...registrySchemas,
  ...auditSchemas,
  ...sandboxSchemas,
};

/** Keywords only the type generator reads. */
const GENERATOR_ONLY = new Set(['tsType']);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !GENERATOR_ONLY.has(key))
      .map(([key, value]) => [key, strip(value)]),
  );
}

/**
 * {@link WIRE_SCHEMAS} as OpenAPI 3.1 component schemas: the same schemas without the type
 * generator's hints.
 *
 * @example
 * const document = { openapi: '3.1.0', components: { schemas: openApiSchemas() }, paths };
 */
export function openApiSchemas(): Record<string, JsonSchema> {
  return strip(WIRE_SCHEMAS) as Record<string, JsonSchema>;
}
