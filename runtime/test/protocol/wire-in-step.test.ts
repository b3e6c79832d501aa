import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { openApiSchemas, WIRE_SCHEMAS } from '../../src/protocol';
import { renderWireTypes } from '../../src/protocol/typegen/render-wire-types';

it('committed wire types are exactly what the wire schemas generate', async () => {
  const committed = readFileSync(
    fileURLToPath(new URL('../../src/protocol/wire.generated.ts', import.meta.url)),
    'utf8',
  );
  // If this fails, run `pnpm --filter @syncraft/runtime gen:types` and commit the result.
  expect(committed).toBe(await renderWireTypes());
});

it('every $ref of a wire schema names another wire schema', () => {
  const refs = [...JSON.stringify(WIRE_SCHEMAS).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)];
  expect(refs.length).toBeGreaterThan(10);
  for (const [, name] of refs) expect(Object.keys(WIRE_SCHEMAS)).toContain(name);
});

it('the API document form keeps every schema but drops the type generator hints', () => {
  const schemas = openApiSchemas();
  expect(Object.keys(schemas)).toEqual(Object.keys(WIRE_SCHEMAS));
  expect(JSON.stringify(WIRE_SCHEMAS)).toContain('"tsType"');
  expect(JSON.stringify(schemas)).not.toContain('tsType');
});
