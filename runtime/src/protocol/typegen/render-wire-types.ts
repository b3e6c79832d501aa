import { compile } from 'json-schema-to-typescript';
import { WIRE_SCHEMAS } from '../schema';

/** `#/components/schemas/X` (the API document's form) → `#/definitions/X` (the generator's). */
function toDefinitions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDefinitions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', '#/definitions/')
        : toDefinitions(value),
    ]),
  );
}

/**
 * Messages are values: every property and list of the generated types is `readonly`, as the
 * hand-written protocol types always were, so callers may pass frozen or shared data.
 */
function readonlyTypes(source: string): string {
  return source
    .replace(/^(\s*)([A-Za-z_$][\w$]*\??: )/gm, '$1readonly $2')
    .replace(/^(\s*)("[^"]+"\??: )/gm, '$1readonly $2')
    .replace(/(^|[\s(:|<])((?:[A-Za-z_$][\w$]*|\([^()]*\)|\{[^{}]*\}))\[\]/gm, '$1readonly $2[]')
    .replace(/^(\s*)\[k: string\]: /gm, '$1readonly [k: string]: ');
}

const BANNER = `/* Generated from src/protocol/schema/ by \`pnpm --filter @syncraft/runtime gen:types\`. Do not edit. */

import type { Diagnostic, SpecChange, SyncSpec } from '../spec';
import type { Hlc, JsonValue, RecordValues } from './values';

/** An organisation policy finding: a diagnostic with the code \`POLICY\` and the policy's name. */
export interface PolicyDiagnostic extends Omit<Diagnostic, 'code' | 'severity'> {
  readonly code: 'POLICY';
  readonly severity: 'error' | 'warning';
  readonly policy: string;
}
`;

/** Renders the wire format's TypeScript types from its JSON Schemas (a build-time helper, not shipped). */
export async function renderWireTypes(): Promise<string> {
  const root = {
    title: 'WireMessage',
    description: 'Any request or answer of the HTTP API.',
    oneOf: Object.keys(WIRE_SCHEMAS).map((name) => ({ $ref: `#/definitions/${name}` })),
    definitions: toDefinitions(structuredClone(WIRE_SCHEMAS)),
  } as Parameters<typeof compile>[0];
  const generated = await compile(root, 'WireMessage', {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: false,
    ignoreMinAndMaxItems: true,
  });
  return readonlyTypes(generated);
}
