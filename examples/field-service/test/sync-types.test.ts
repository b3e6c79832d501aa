import { readFileSync } from 'node:fs';
import { appTypes } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { templateSpec } from './spec-fixture';

describe('the app’s record types', () => {
  it('are what `syncraft types` writes for the field-service template (run `pnpm types` after a spec change)', () => {
    const generated = readFileSync(new URL('../src/spec/sync-types.generated.ts', import.meta.url), 'utf8');
    expect(generated).toBe(appTypes(templateSpec()));
  });
});
