/**
 * Generates `src/spec/validator.generated.ts`: the spec's JSON Schema compiled ahead of time with
 * ajv's standalone code, so `validate()` never compiles or evaluates code at run time.
 * `test/spec/validator-in-step.test.ts` fails when the committed file differs from what this produces.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderValidator } from '../src/spec/typegen/render-validator';

const target = fileURLToPath(new URL('../src/spec/validator.generated.ts', import.meta.url));
await writeFile(target, renderValidator());
console.log(`wrote ${target}`);
