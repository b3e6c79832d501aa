import Ajv2020Module from 'ajv/dist/2020.js';
import codeModule from 'ajv/dist/compile/codegen/code.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { SPEC_SCHEMA_ID, specSchema } from '../schema';

// ajv ships CommonJS; under Node's ESM loader the exports sit on `.default`.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ??
  Ajv2020Module) as typeof Ajv2020Module;
const standaloneCode = ((standaloneModule as unknown as { default?: typeof standaloneModule }).default ??
  standaloneModule) as typeof standaloneModule;
const { _Code } = ((codeModule as unknown as { default?: typeof codeModule }).default ??
  codeModule) as typeof codeModule;

/**
 * The schema definitions `validate()` re-checks a failed condition against (the form its keys show),
 * exported from the generated module under these names next to `root`.
 */
export const CONDITION_CHECKS = [
  'AllCondition',
  'AnyCondition',
  'NotCondition',
  'ComparisonCondition',
  'PresenceCondition',
  'TimeWindowCondition',
  'RoleCondition',
  'RelatedCondition',
  'ExistsCondition',
  'CalendarWindowCondition',
] as const;

/** The command that rewrites the generated validator; quoted in its banner and by the in-step test. */
export const GEN_COMMAND = 'pnpm --filter @syncraft/runtime gen';

const header = `// @ts-nocheck -- generated JavaScript; its exports are typed below.
/*
 * Generated from src/spec/schema.ts by \`${GEN_COMMAND}\` (ajv standalone code). Do not edit.
 *
 * The spec's JSON Schema compiled ahead of time, so nothing compiles or evaluates code at run time
 * (the designer runs under a content security policy without 'unsafe-eval'). Options: Ajv2020 with
 * allErrors, verbose, discriminator, strict (strictRequired off), allowUnionTypes, inlineRefs off.
 */
import type { ErrorObject } from 'ajv';
`;

const typedExports = `
/**
 * A precompiled schema check: true when \`data\` is valid; otherwise \`errors\` lists every failure,
 * with \`schema\` and \`parentSchema\` (verbose) for the messages.
 */
export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
`;

/** The part of ajv's value scope the generator reads: each inlined value by kind (`schema`, `func`). */
interface ScopeInternals {
  readonly _values: Record<string, Map<unknown, { value?: { ref: unknown; code?: unknown } }> | undefined>;
}

/**
 * The root schema as source text that keeps its object identities: an object the schema uses in
 * several places (`schema.ts` shares constants such as the scalar type of a comparison value) is
 * written once as `const sharedSchemaN` and referred to, as it is in memory.
 */
function schemaSource(schema: object): { readonly prelude: string; readonly root: string } {
  const seen = new Set<object>();
  const shared = new Set<object>();
  const count = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (seen.has(node)) {
      shared.add(node);
      return;
    }
    seen.add(node);
    for (const child of Object.values(node)) count(child);
  };
  count(schema);
  const names = new Map<object, string>();
  const prelude: string[] = [];
  const literal = (node: unknown): string => {
    if (node === null || typeof node !== 'object') return JSON.stringify(node);
    const named = names.get(node);
    if (named) return named;
    const text = Array.isArray(node)
      ? `[${node.map(literal).join(',')}]`
      : `{${Object.entries(node)
          .map(([key, value]) => `${JSON.stringify(key)}:${literal(value)}`)
          .join(',')}}`;
    if (!shared.has(node)) return text;
    const name = `sharedSchema${names.size}`;
    names.set(node, name);
    prelude.push(`const ${name} = ${text};`);
    return name;
  };
  const root = literal(schema);
  return { prelude: prelude.map((line) => `${line}\n`).join(''), root };
}

/**
 * Makes every inlined definition a reference into the one inlined root schema
 * (`const schema40 = schema31["$defs"]["ComparisonCondition"]`) instead of a second copy, and writes
 * the root with its shared parts (see {@link schemaSource}). `validate()` matches an error's
 * `parentSchema` against the branches of a `oneOf` by identity, as ajv does in memory; copies would
 * break that (and multiply the schema text). Returns the text to place before the generated code.
 */
function shareSchemaObjects(scope: ScopeInternals): string {
  const paths = new Map<unknown, string>();
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object' || paths.has(node)) return;
    paths.set(node, path);
    for (const [key, child] of Object.entries(node)) {
      walk(child, `${path}[${Array.isArray(node) ? key : JSON.stringify(key)}]`);
    }
  };
  walk(specSchema, '');
  const names = [...(scope._values.schema?.entries() ?? [])];
  const rootName = names.find(([ref]) => ref === specSchema)?.[1];
  if (!rootName?.value) throw new Error('ajv did not inline the root schema');
  const source = schemaSource(specSchema);
  rootName.value.code = new _Code(source.root);
  for (const [ref, name] of names) {
    const path = paths.get(ref);
    if (path === undefined || path === '' || !name.value) continue;
    name.value.code = new _Code(`${String(rootName)}${path}`);
  }
  return source.prelude;
}

/** `const func0 = require("ajv/dist/runtime/equal").default;` as ajv emits it, even for ESM. */
const requireLine = /const (\w+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default;/g;
const exportLine = /export const (\w+) = (validate\d+);/g;

/**
 * Renders the standalone validator module (a build-time helper, not shipped): the root check and one
 * check per condition form in {@link CONDITION_CHECKS}. ajv's run-time helpers (`equal`,
 * `ucs2length`) become ESM imports that work under Node and under a bundler, since both forms of
 * CommonJS interop (module object or its `default`) are accepted.
 */
export function renderValidator(): string {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // One function per definition, called where it is referenced, instead of a copy inlined at every
    // reference: the same errors, less than half the code (298 KB instead of 680 KB) and a faster check.
    inlineRefs: false,
    // `lines` only adds line breaks, so a schema change shows as a readable diff.
    code: { source: true, esm: true, lines: true },
  });
  ajv.addSchema(specSchema);
  const refs: Record<string, string> = { root: SPEC_SCHEMA_ID };
  for (const name of CONDITION_CHECKS) refs[name] = `${SPEC_SCHEMA_ID}#/$defs/${name}`;
  // Compile first, so that every inlined value exists when the root schema is shared.
  for (const ref of Object.values(refs)) ajv.getSchema(ref);
  const prelude = shareSchemaObjects(ajv.scope as unknown as ScopeInternals);
  const code = standaloneCode(ajv, refs);

  const imports: string[] = [];
  const body = code
    .replace(/^"use strict";\n?/, '')
    .replace(requireLine, (_line, name: string, path: string) => {
      imports.push(`import ${name}Module from '${path}.js';`);
      return `const ${name} = typeof ${name}Module === 'function' ? ${name}Module : ${name}Module.default;`;
    })
    .replace(exportLine, (_line, name: string, fn: string) => `export const ${name}: SchemaCheck = ${fn};`);
  const rootAt = body.search(/const schema\d+ = \{/);
  const firstShared = body.search(/const schema\d+ = schema\d+\[/);
  if (firstShared !== -1 && firstShared < rootAt) throw new Error('a definition precedes the root schema');
  if (/\brequire\(/.test(body)) throw new Error('the generated validator still calls require()');
  if (/new Function|\beval\(/.test(body)) throw new Error('the generated validator evaluates code');
  return `${header}${imports.join('\n')}\n${typedExports}\n${prelude}${body.trimEnd()}\n`;
}
