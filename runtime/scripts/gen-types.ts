/**
 * Generates the TypeScript types of the two contracts from their JSON Schemas, so the types can
 * never drift from what is validated and documented:
 * - `src/spec/types.generated.ts` from the spec's schema (`src/spec/schema.ts`);
 * - `src/protocol/wire.generated.ts` from the wire schemas (`src/protocol/schema/`).
 * `test/spec/types-in-step.test.ts` and `test/protocol/wire-in-step.test.ts` fail when a committed
 * file differs from what this script produces.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderWireTypes } from '../src/protocol/typegen/render-wire-types';
import { renderSpecTypes } from '../src/spec/typegen/render-spec-types';

for (const [path, render] of [
  ['../src/spec/types.generated.ts', renderSpecTypes],
  ['../src/protocol/wire.generated.ts', renderWireTypes],
] as const) {
  const target = fileURLToPath(new URL(path, import.meta.url));
  await writeFile(target, await render());
  console.log(`wrote ${target}`);
}
