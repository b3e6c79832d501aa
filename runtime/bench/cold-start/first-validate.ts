/**
 * One fresh process's first spec check, for `spec.bench.ts`: loads the checker, validates
 * templates/field-service.json once and prints the cost as JSON. Not a benchmark on its own.
 *
 * Usage: node --import tsx bench/cold-start/first-validate.ts precompiled|compile
 * - `precompiled`: `validate()` as shipped (the generated standalone validator).
 * - `compile`: what every process paid before, ajv compiling the schema at run time with the same
 *   options, then one call.
 */
import { readFileSync } from 'node:fs';

const mode = process.argv[2];
const doc: unknown = JSON.parse(
  readFileSync(new URL('../../../templates/field-service.json', import.meta.url), 'utf8'),
);

const cpuStart = process.cpuUsage();
const start = performance.now();
let valid: boolean;
if (mode === 'precompiled') {
  const { validate } = await import('../../src/spec/validate');
  valid = validate(doc).valid;
} else if (mode === 'compile') {
  const { default: Ajv2020Module } = await import('ajv/dist/2020.js');
  const { specSchema } = await import('../../src/spec/schema');
  const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ??
    Ajv2020Module) as typeof Ajv2020Module;
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  valid = ajv.compile(specSchema)(doc);
} else {
  throw new Error(`unknown mode ${String(mode)}: use precompiled or compile`);
}
const wallMs = performance.now() - start;
const used = process.cpuUsage(cpuStart);
if (!valid) throw new Error('templates/field-service.json should be valid');
console.log(JSON.stringify({ mode, cpuMs: (used.user + used.system) / 1000, wallMs }));
