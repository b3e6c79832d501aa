/**
 * Generates `src/spec/types.generated.ts` from the JSON Schema, so the TypeScript types can never
 * drift from the structure `validate()` enforces. `test/spec/types-in-step.test.ts` fails when the
 * committed file differs from what this script produces.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderSpecTypes } from '../src/spec/typegen/render-spec-types';

const target = fileURLToPath(new URL('../src/spec/types.generated.ts', import.meta.url));
await writeFile(target, await renderSpecTypes());
console.log(`wrote ${target}`);
