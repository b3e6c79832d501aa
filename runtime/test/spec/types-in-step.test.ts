import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { renderSpecTypes } from '../../src/spec/typegen/render-spec-types';

it('committed spec types are exactly what the JSON Schema generates', async () => {
  const committed = readFileSync(
    fileURLToPath(new URL('../../src/spec/types.generated.ts', import.meta.url)),
    'utf8',
  );
  // If this fails, run `pnpm --filter @syncraft/runtime gen:types` and commit the result.
  expect(committed).toBe(await renderSpecTypes());
});
