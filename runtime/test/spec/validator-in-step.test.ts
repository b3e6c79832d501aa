import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { GEN_COMMAND, renderValidator } from '../../src/spec/typegen/render-validator';

const committedPath = fileURLToPath(new URL('../../src/spec/validator.generated.ts', import.meta.url));

it('committed validator is exactly what the JSON Schema compiles to', () => {
  const committed = readFileSync(committedPath, 'utf8');
  const fresh = renderValidator();
  // Compare the flag first, so a drift fails with the fix in its message rather than a huge diff.
  expect(
    committed === fresh,
    `src/spec/validator.generated.ts is out of step with schema.ts: run \`${GEN_COMMAND}\` and commit the result`,
  ).toBe(true);
});

it('generated validator neither compiles nor evaluates code at run time', () => {
  const committed = readFileSync(committedPath, 'utf8');
  expect(committed).not.toMatch(/new Function|\beval\(|\brequire\(/);
  const imports = [...committed.matchAll(/^import (?!type ).* from '([^']+)';$/gm)].map((m) => m[1]);
  expect(imports.length).toBeGreaterThan(0);
  for (const path of imports) expect(path).toMatch(/^ajv\/dist\/runtime\/[\w-]+\.js$/);
});
